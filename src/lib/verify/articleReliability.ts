import { VERDICTS, type Figure, type FigureRecord, type Lang, type Verdict } from '../schema';

export type Reliability = { counts: Record<Verdict, number>; total: number; sentence: string };

/**
 * An article's reliability note, derived from its figures' verdicts: how many match their records, differ,
 * could not be verified, or cannot be checked. Counts only; no score that would hide the detail.
 */
export function articleReliability(
  articleId: string,
  figures: readonly Figure[],
  records: ReadonlyMap<string, FigureRecord>,
  lang: Lang
): Reliability {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const own = figures.filter((f) => f.article_id === articleId);
  for (const f of own) {
    const v = records.get(f.id)?.verdict;
    if (v) counts[v]++;
  }
  const total = own.length;
  const sentence =
    lang === 'zh'
      ? `本文${total}个数字中，${counts.matches}个与原始记录相符，${counts.differs}个不符，${counts.partly}个数字相符但所计对象不符，${counts.unverified}个未能核实，${counts['not-checkable']}个无法核查。`
      : `Of this article's ${total} figures, ${counts.matches} match their primary record, ${counts.differs} differ, ${counts.partly} match in number but not in what they count, ${counts.unverified} could not be verified and ${counts['not-checkable']} cannot be checked.`;
  return { counts, total, sentence };
}
