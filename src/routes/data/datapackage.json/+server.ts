import { json } from '@sveltejs/kit';
import { ARTICLE_EXPORT_COLUMNS, CHECK_EXPORT_COLUMNS, FIGURE_EXPORT_COLUMNS, dataPackage } from '$lib/export';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return json(dataPackage(FIGURE_EXPORT_COLUMNS, ARTICLE_EXPORT_COLUMNS, CHECK_EXPORT_COLUMNS, dataset().articles));
}
