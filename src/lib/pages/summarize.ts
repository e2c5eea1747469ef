import { TOPICS, type Figure, type Topic } from '../schema';
import type { Dataset } from '../data/dataset';

export type Summary = {
  articles: number;
  figures: number;
  sharedClaims: number;
  conflicting: number;
  byTopic: { topic: Topic; count: number }[];
  byArticle: { id: string; count: number }[];
};

/** The counts the home page shows, computed from the data rather than written into a page. */
export function summarize(d: Pick<Dataset, 'articles' | 'figures'>): Summary {
  const claims = new Map<string, Set<string>>();
  for (const f of d.figures) {
    if (f.claim_id) claims.set(f.claim_id, (claims.get(f.claim_id) ?? new Set()).add(f.article_id));
  }
  const count = (pred: (f: Figure) => boolean) => d.figures.filter(pred).length;
  const perArticle = new Map<string, number>();
  for (const f of d.figures) perArticle.set(f.article_id, (perArticle.get(f.article_id) ?? 0) + 1);
  return {
    articles: d.articles.length,
    figures: d.figures.length,
    sharedClaims: [...claims.values()].filter((s) => s.size > 1).length,
    conflicting: count((f) => f.status === 'conflicting'),
    byTopic: TOPICS.map((topic) => ({ topic, count: count((f) => f.topic === topic) })),
    byArticle: d.articles.map((a) => ({ id: a.id, count: perArticle.get(a.id) ?? 0 }))
  };
}
