import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset().articles.map((a) => ({ file: a.file }));

/** The raw article exactly as stored: the text every quote offset and annotation selector refers to. */
export const GET: RequestHandler = ({ params }) => {
  const d = dataset();
  const article = d.articles.find((a) => a.file === params.file);
  const text = article && d.texts[article.id];
  if (text === undefined) error(404, `No article file ${params.file}`);
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
