import type { Figure } from '../schema';

/** Figures that share a figure's claim in other articles, and the other figures of its own article. */
export function relatedFigures(
  figure: Figure,
  all: readonly Figure[]
): { sameClaim: Figure[]; sameArticle: Figure[] } {
  const sameClaim = figure.claim_id
    ? all.filter((f) => f.claim_id === figure.claim_id && f.id !== figure.id)
    : [];
  const sameArticle = all.filter(
    (f) => f.article_id === figure.article_id && f.id !== figure.id && !sameClaim.includes(f)
  );
  return { sameClaim, sameArticle };
}
