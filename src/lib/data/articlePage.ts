import { describeValue } from '../format';
import type { Article, Lang } from '../schema';
import { normalizeText } from '../normalize';
import { articleReliability, type Reliability } from '../verify/articleReliability';
import { datasetIndex } from './datasetIndex';
import { articleSegments, type Segment } from './articleSpans';
import { rawToNormalized } from './rawToNormalized';
import type { Dataset } from './validateDataset';

export type ArticlePage = {
  article: Article;
  /** The raw text cut into segments, quotes marked; offsets are raw offsets. */
  raw: Segment[];
  /** The readable view (pinyin stripped, simplified script), quotes marked; null when it equals the raw text. */
  normalized: Segment[] | null;
  figures: { id: string; subject: string; value: string; start: number }[];
  /** How this article's figures fared against their records. */
  reliability: Reliability;
};

/** The article page: its text with every figure's quote marked, and the figure list in reading order. */
export function articlePage(d: Dataset, id: string, lang: Lang): ArticlePage | null {
  const ix = datasetIndex(d);
  const article = ix.articles.get(id);
  const raw = article && d.texts[article.id];
  if (!article || raw === undefined) return null;
  const figures = [...(ix.byArticle.get(id) ?? [])].sort((a, b) => a.quote_start - b.quote_start || a.id.localeCompare(b.id));
  const norm = normalizeText(raw);
  const normalized =
    norm.text === raw
      ? null
      : articleSegments(
          norm.text,
          figures.map((f) => ({
            id: f.id,
            quote_start: rawToNormalized(norm, f.quote_start, 'start'),
            quote_end: rawToNormalized(norm, f.quote_end, 'end')
          }))
        );
  return {
    article,
    reliability: articleReliability(id, figures, ix.records, lang),
    raw: articleSegments(raw, figures),
    normalized,
    figures: figures.map((f) => ({
      id: f.id,
      subject: lang === 'zh' ? f.subject_zh : f.subject_en,
      value: describeValue(f, lang),
      start: f.quote_start
    }))
  };
}
