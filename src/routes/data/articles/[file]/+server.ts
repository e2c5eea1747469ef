import { error } from '@sveltejs/kit';
import { fileResponse, rawArticleFile } from '$lib/pages/dataFiles';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset().articles.map((a) => ({ file: a.file }));

/** The raw article exactly as stored: the text every quote offset and annotation selector refers to. */
export const GET: RequestHandler = ({ params }) =>
  fileResponse(rawArticleFile(dataset(), params.file) ?? error(404, `No article file ${params.file}`));
