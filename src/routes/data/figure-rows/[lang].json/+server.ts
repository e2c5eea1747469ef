import { error } from '@sveltejs/kit';
import { figureRowsFile } from '$lib/pages/figureList';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'en' }];

/** Every row of the /figures table in one language, compact; fetched by the table once it is interactive. */
export const GET: RequestHandler = ({ params }) => {
  if (params.lang !== 'zh' && params.lang !== 'en') error(404, 'unknown language');
  return new Response(JSON.stringify(figureRowsFile(dataset(), params.lang)), {
    headers: { 'content-type': 'application/json; charset=utf-8' }
  });
};
