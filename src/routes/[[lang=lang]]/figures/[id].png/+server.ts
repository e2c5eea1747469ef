import { figureImageEntries, figureImageResponse } from '$lib/pages/chartImages';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => figureImageEntries(dataset());

/** A figure page's link-preview image: its first chart with the figure highlighted (1200 × 630). */
export const GET: RequestHandler = ({ params }) =>
  figureImageResponse(dataset(), langOf(params.lang), params.id);
