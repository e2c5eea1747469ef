import { chartView } from '../../../src/lib/pages/chartView';
import type { Dataset } from '../../../src/lib/data/dataset';
import { articleRow, chartDef, figureRow, type Figure, type Lang } from '../../../src/lib/schema';
import type { Row } from './planSave';
import type { OpenArticle } from './deskState';

const cells = (r: Row) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));

/**
 * The chart as the site will draw it, shaped by the project's chart kit from the dataset plus the new rows.
 * Rows that do not parse yet are left out and named, so the preview never shows a figure the save would refuse.
 */
export function previewChart(
  d: Dataset,
  a: OpenArticle,
  rows: Row[],
  def: Record<string, unknown>,
  lang: Lang
): { model: unknown; title: string; left: string[]; problem: string | null } {
  const figures: Figure[] = [];
  const left: string[] = [];
  for (const r of rows) {
    const f = figureRow.safeParse(
      cells({ ...r, article_id: a.id, quote: a.text.slice(Number(r.quote_start), Number(r.quote_end)) })
    );
    if (f.success) figures.push(f.data);
    else
      left.push(
        `${String(r.id)}: ${f.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`
      );
  }
  const parsed = chartDef.safeParse({
    ...def,
    figures: [...((def.figures as string[]) ?? []), ...figures.map((f) => f.id)]
  });
  if (!parsed.success)
    return {
      model: null,
      title: '',
      left,
      problem: [...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), ...left].join('; ')
    };
  const article = a.isNew ? articleRow.safeParse(a.row) : null;
  const data = {
    figures: [...d.figures, ...figures],
    articles: article?.success ? [...d.articles, article.data] : d.articles,
    charts: d.charts,
    records: d.records
  };
  const view = chartView(data, parsed.data, lang);
  return { model: view.model, title: view.title, left, problem: null };
}
