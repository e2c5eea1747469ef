import type { Article, Comparator, Figure } from '../schema';
import { describeValue } from '../format';
import { siteUrl } from '../site';
import type { CsvColumn } from './toCsv';

/**
 * The qualifier as a word in downloads: a bare "=" or "-" in a cell reads as a formula to a spreadsheet, and
 * a word is clearer to a reader anyway.
 */
export const QUALIFIER_WORDS: Record<Comparator, string> = {
  '=': 'exact',
  '~': 'approximately',
  '>': 'more-than',
  '>=': 'at-least',
  '<': 'less-than',
  '<=': 'at-most',
  range: 'range'
};

/** A figure joined with its article: what one row of a downloaded CSV describes. */
export type FigureWithArticle = { figure: Figure; article: Article };

const s = (name: string, get: (r: FigureWithArticle) => string): CsvColumn<FigureWithArticle> => ({
  name,
  type: 'string',
  get
});
const n = (name: string, get: (r: FigureWithArticle) => number | null): CsvColumn<FigureWithArticle> => ({
  name,
  type: 'number',
  get
});

/**
 * The columns of every figures download (whole dataset and per chart): the figure, its value in words, and
 * its provenance — quote, offsets, article title, outlet, date, original URL and the figure's page.
 */
export const FIGURE_EXPORT_COLUMNS: CsvColumn<FigureWithArticle>[] = [
  s('id', (r) => r.figure.id),
  s('subject_zh', (r) => r.figure.subject_zh),
  s('subject_en', (r) => r.figure.subject_en),
  s('metric_zh', (r) => r.figure.metric_zh),
  s('metric_en', (r) => r.figure.metric_en),
  n('value', (r) => r.figure.value),
  n('low', (r) => r.figure.low),
  n('high', (r) => r.figure.high),
  s('qualifier', (r) => QUALIFIER_WORDS[r.figure.comparator]),
  s('unit', (r) => r.figure.unit),
  s('date', (r) => r.figure.date),
  s('period', (r) => r.figure.period),
  s('value_text_zh', (r) => describeValue(r.figure, 'zh')),
  s('value_text_en', (r) => describeValue(r.figure, 'en')),
  s('attributed_to', (r) => r.figure.attributed_to),
  s('primary_source_url', (r) => r.figure.primary_source_url),
  s('status', (r) => r.figure.status),
  s('claim_id', (r) => r.figure.claim_id),
  s('note', (r) => r.figure.note),
  s('quote', (r) => r.figure.quote),
  n('quote_start', (r) => r.figure.quote_start),
  n('quote_end', (r) => r.figure.quote_end),
  s('article_id', (r) => r.article.id),
  s('article_title', (r) => r.article.title || r.article.label_zh),
  s('article_outlet', (r) => r.article.outlet),
  s('article_published', (r) => r.article.published),
  s('article_url', (r) => r.article.url),
  s('figure_page_url', (r) => siteUrl(`/figures/${r.figure.id}`))
];

/** Joins figures to their articles, keeping the given order. */
export function withArticles(figures: readonly Figure[], articles: readonly Article[]): FigureWithArticle[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return figures.flatMap((figure) => {
    const article = byId.get(figure.article_id);
    return article ? [{ figure, article }] : [];
  });
}
