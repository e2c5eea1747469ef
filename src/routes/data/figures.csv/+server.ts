import { FIGURE_EXPORT_COLUMNS, toCsv, withArticles } from '$lib/export';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  const d = dataset();
  return new Response(toCsv(FIGURE_EXPORT_COLUMNS, withArticles(d.figures, d.articles)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
}
