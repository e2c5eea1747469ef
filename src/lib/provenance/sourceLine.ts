import type { Article, Figure, Lang } from '../schema';
import { citeArticle } from './citeArticle';
import { sourceName } from './sourceName';

type Cited = Pick<Figure, 'attributed_to' | 'article_id'>;

const EN_COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const enCount = (n: number) => EN_COUNT[n] ?? String(n);

/**
 * The "Source:" line under a chart or a figure, computed from provenance, never typed: which source backs
 * which figures, and every article they were cited in. One source for every figure reads
 * "Source: IDC, as cited in “…” (outlet, date)"; mixed attributions say how many figures each source backs
 * ("天眼查 (Tianyancha) for one figure; the other seven unattributed, as cited in …"), so a source is never
 * credited with figures the article did not attribute to it. Figures the article attributes to no one have
 * the article as their source.
 */
export function sourceLine(
  figures: readonly Cited[],
  articles: ReadonlyMap<string, Article>,
  lang: Lang
): string {
  const counts = new Map<string, number>();
  let unattributed = 0;
  for (const f of figures) {
    if (f.attributed_to === 'unattributed') unattributed++;
    else counts.set(f.attributed_to, (counts.get(f.attributed_to) ?? 0) + 1);
  }
  const cited = unique(figures.map((f) => f.article_id))
    .map((id) => articles.get(id))
    .filter((a): a is Article => a !== undefined)
    .map((a) => citeArticle(a, lang));
  const sources = [...counts].map(([who, n]) => ({ who: sourceName(who, lang), n }));
  // Counts only when the sources differ between figures: one source for all needs no tally.
  const mixed = sources.length > 1 || (sources.length === 1 && unattributed > 0);
  if (lang === 'zh') {
    const parts = sources.map((s) => (mixed ? `${s.who}（${s.n}项数据）` : s.who));
    if (mixed && unattributed) parts.push(`其余${unattributed}项未注明来源`);
    const head = parts.length ? `${parts.join('；')}，转引自` : '';
    return `来源：${head}${cited.join('、')}`;
  }
  const parts = sources.map((s) =>
    mixed ? `${s.who} for ${enCount(s.n)} figure${s.n === 1 ? '' : 's'}` : s.who
  );
  if (mixed && unattributed) parts.push(`the other ${enCount(unattributed)} unattributed`);
  const head = parts.length ? `${parts.join('; ')}, as cited in ` : '';
  return `Source: ${head}${cited.join('; ')}`;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
