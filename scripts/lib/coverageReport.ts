import { recognize, type Mention } from '../../src/lib/quantity';
import type { Dataset } from '../../src/lib/data/dataset';
import type { Figure } from '../../src/lib/schema';
import { reproduces } from './reproduces';

export type ArticleCoverage = {
  articleId: string;
  mentions: { mention: Mention; figureIds: string[] }[];
  /** Curated figures that no mention inside their quote reproduces: a curation mistake or a recognizer gap. */
  disagreements: { figure: Figure; read: Mention[] }[];
};

/**
 * For each article: every mention the recognizer finds and the curated figures whose quotes cover it, and
 * every curated figure whose value, unit or comparator the recognizer does not read from its quote.
 */
export function coverageReport(d: Pick<Dataset, 'articles' | 'figures' | 'texts'>): ArticleCoverage[] {
  return d.articles.map((a) => {
    const raw = d.texts[a.id] ?? '';
    const found = recognize(raw, a.published ? { published: a.published } : {});
    const own = d.figures.filter((f) => f.article_id === a.id);
    const inside = (m: Mention, f: Figure) => m.start >= f.quote_start && m.end <= f.quote_end;
    const mentions = found.map((mention) => ({
      mention,
      figureIds: own.filter((f) => inside(mention, f) && reproduces(mention, f)).map((f) => f.id)
    }));
    const disagreements = own.flatMap((figure) => {
      const read = found.filter((m) => inside(m, figure));
      return read.some((m) => reproduces(m, figure)) ? [] : [{ figure, read }];
    });
    return { articleId: a.id, mentions, disagreements };
  });
}
