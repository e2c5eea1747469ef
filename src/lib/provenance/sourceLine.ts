import type { Article, Figure, Lang } from '../schema';
import { citeArticle } from './citeArticle';

type Cited = Pick<Figure, 'attributed_to' | 'article_id'>;

/**
 * The "Source:" line under a chart or a figure, computed from provenance, never typed: every attribution
 * the figures make, and every article they were cited in. "Source: IDC, as cited in “…” (outlet, date)".
 */
export function sourceLine(
  figures: readonly Cited[],
  articles: ReadonlyMap<string, Article>,
  lang: Lang
): string {
  const who = unique(figures.map((f) => f.attributed_to).filter((a) => a !== 'unattributed'));
  const cited = unique(figures.map((f) => f.article_id))
    .map((id) => articles.get(id))
    .filter((a): a is Article => a !== undefined)
    .map((a) => citeArticle(a, lang));
  if (lang === 'zh') {
    const head = who.length ? `${who.join('、')}，转引自` : '';
    return `来源：${head}${cited.join('、')}`;
  }
  const head = who.length ? `${who.join('; ')}, as cited in ` : '';
  return `Source: ${head}${cited.join('; ')}`;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
