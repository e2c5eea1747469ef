import { error } from '@sveltejs/kit';
import { chartCsv, fileResponse } from '$lib/pages/dataFiles';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset().charts.map((c) => ({ id: c.id }));

/** The figures of one chart, in the chart's order, with the same provenance columns as figures.csv. */
export const GET: RequestHandler = ({ params }) =>
  fileResponse(chartCsv(dataset(), params.id) ?? error(404, `No chart ${params.id}`));
