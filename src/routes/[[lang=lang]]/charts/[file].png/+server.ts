import { chartImageEntries, chartImageResponse } from '$lib/pages/chartImages';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartImageEntries(dataset(), 'png');

/** A chart's image drawn at build time (CHART_IMAGES): `/charts/ID.png` and its variants, `/en/charts/…`. */
export const GET: RequestHandler = ({ params }) =>
  chartImageResponse(dataset(), langOf(params.lang), `${params.file}.png`);
