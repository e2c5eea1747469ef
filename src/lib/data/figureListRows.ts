import { describeValue } from '../format';
import type { Figure, Lang, Topic, Verdict } from '../schema';
import type { Dataset } from './validateDataset';

/** One row of the /figures table: already in the page's language, plus a numeric key for sorting. */
export type FigureListRow = {
  id: string;
  topic: Topic;
  subject: string;
  metric: string;
  value: string;
  sortValue: number;
  period: string;
  article: string;
  articleId: string;
  status: Figure['status'];
  /** The verdict of checking the figure against its primary record; null when it has no record row. */
  verdict: Verdict | null;
};

/** The table's rows: only what the page shows, so the page carries no more of the dataset than it needs. */
export function figureListRows(
  d: Pick<Dataset, 'figures' | 'articles' | 'records'>,
  lang: Lang
): FigureListRow[] {
  const label = new Map(d.articles.map((a) => [a.id, lang === 'zh' ? a.label_zh : a.label_en]));
  const verdicts = new Map(d.records.map((r) => [r.figure_id, r.verdict]));
  return d.figures.map((f) => ({
    id: f.id,
    topic: f.topic,
    subject: lang === 'zh' ? f.subject_zh : f.subject_en,
    metric: lang === 'zh' ? f.metric_zh : f.metric_en,
    value: describeValue(f, lang),
    sortValue: f.value ?? f.low ?? f.high ?? 0,
    period: f.period,
    article: label.get(f.article_id) ?? f.article_id,
    articleId: f.article_id,
    status: f.status,
    verdict: verdicts.get(f.id) ?? null
  }));
}
