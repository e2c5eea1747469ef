import { error } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';
import { chartPage } from '$lib/pages/chartPage';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) =>
  chartPage(dataset(), params.id, langOf(params.lang)) ?? error(404, `No chart ${params.id}`);
