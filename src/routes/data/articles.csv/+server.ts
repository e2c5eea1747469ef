import { ARTICLE_EXPORT_COLUMNS, toCsv } from '$lib/export';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return new Response(toCsv(ARTICLE_EXPORT_COLUMNS, dataset().articles), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
}
