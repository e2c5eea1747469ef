import type { Dataset } from '../data/dataset';
import { describeValue } from '../format';
import { pick } from '../i18n';
import type { Lang } from '../schema';
import { encodeRows, STATIC_ROWS, type CompactRows, type FigureListRow } from '../table/figureTable';

/** The table's rows: only what the page shows, so the page carries no more of the dataset than it needs. */
export function figureListRows(
  d: Pick<Dataset, 'figures' | 'articles' | 'records'>,
  lang: Lang
): FigureListRow[] {
  const label = new Map(d.articles.map((a) => [a.id, pick(a, 'label', lang)]));
  const verdicts = new Map(d.records.map((r) => [r.figure_id, r.verdict]));
  return d.figures.map((f) => ({
    id: f.id,
    topic: f.topic,
    subject: pick(f, 'subject', lang),
    metric: pick(f, 'metric', lang),
    value: describeValue(f, lang),
    sortValue: f.value ?? f.low ?? f.high ?? 0,
    period: f.period,
    article: label.get(f.article_id) ?? f.article_id,
    articleId: f.article_id,
    status: f.status,
    verdict: verdicts.get(f.id) ?? null
  }));
}

/**
 * The /figures page carries only the first rows (in its HTML, readable without JavaScript); the table
 * fetches the rest from /data/figure-rows/LANG.json when there are more, so the page's size does not grow
 * with the corpus.
 */
export function figureList(
  d: Pick<Dataset, 'figures' | 'articles' | 'records'>,
  lang: Lang
): { head: FigureListRow[]; total: number } {
  const rows = figureListRows(d, lang);
  return { head: rows.slice(0, STATIC_ROWS), total: rows.length };
}

/** Every row of the /figures table in one language, compact: what the table fetches once it is interactive. */
export function figureRowsFile(
  d: Pick<Dataset, 'figures' | 'articles' | 'records'>,
  lang: Lang
): CompactRows {
  return encodeRows(figureListRows(d, lang));
}
