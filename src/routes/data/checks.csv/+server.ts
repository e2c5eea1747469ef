import { CHECK_EXPORT_COLUMNS, toCsv } from '$lib/export';
import { dataset } from '$lib/server/dataset';
import { checkRows } from '$lib/verify';

export const prerender = true;

export function GET() {
  return new Response(toCsv(CHECK_EXPORT_COLUMNS, checkRows(dataset(), 'en')), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
}
