import { figureListRows } from '$lib/data/figureListRows';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { STATIC_ROWS } from '$lib/table/figureTable';
import type { PageServerLoad } from './$types';

// The page carries only the first rows (in its HTML, readable without JavaScript); the table fetches the rest
// from /data/figure-rows/LANG.json when there are more, so the page's size does not grow with the corpus.
export const load: PageServerLoad = ({ params }) => {
  const rows = figureListRows(dataset(), langOf(params.lang));
  return { head: rows.slice(0, STATIC_ROWS), total: rows.length };
};
