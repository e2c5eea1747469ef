import type { Figure } from '../schema';
import type { DatasetIndex } from './datasetIndex';

/** Figures that share a figure's claim in other articles, and the other figures of its own article. */
export function relatedFigures(
  figure: Figure,
  ix: Pick<DatasetIndex, 'byClaim' | 'byArticle'>
): { sameClaim: Figure[]; sameArticle: Figure[] } {
  const sameClaim = figure.claim_id
    ? (ix.byClaim.get(figure.claim_id) ?? []).filter((f) => f.id !== figure.id)
    : [];
  const claimed = new Set(sameClaim.map((f) => f.id));
  const sameArticle = (ix.byArticle.get(figure.article_id) ?? []).filter(
    (f) => f.id !== figure.id && !claimed.has(f.id)
  );
  return { sameClaim, sameArticle };
}
