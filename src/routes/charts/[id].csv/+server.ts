import { error } from '@sveltejs/kit';
import { FIGURE_EXPORT_COLUMNS, toCsv, withArticles } from '$lib/export';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset().charts.map((c) => ({ id: c.id }));

/** The figures of one chart, in the chart's order, with the same provenance columns as figures.csv. */
export const GET: RequestHandler = ({ params }) => {
  const d = dataset();
  const chart = d.charts.find((c) => c.id === params.id);
  if (!chart) error(404, `No chart ${params.id}`);
  const byId = new Map(d.figures.map((f) => [f.id, f]));
  const figures = chart.figures.flatMap((id) => byId.get(id) ?? []);
  return new Response(toCsv(FIGURE_EXPORT_COLUMNS, withArticles(figures, d.articles)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
};
