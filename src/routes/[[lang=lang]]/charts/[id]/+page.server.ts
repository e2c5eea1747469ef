import { error } from '@sveltejs/kit';
import { chartPage } from '$lib/charts/views';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) => {
  const page = chartPage(dataset(), params.id, langOf(params.lang));
  if (!page) error(404, `No chart ${params.id}`);
  return page;
};
