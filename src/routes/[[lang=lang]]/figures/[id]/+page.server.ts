import { error } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';
import { figurePage } from '$lib/pages/figurePage';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  dataset().figures.flatMap((f) => [{ id: f.id }, { lang: 'en', id: f.id }]);

export const load: PageServerLoad = ({ params }) =>
  figurePage(dataset(), params.id, langOf(params.lang)) ?? error(404, `No figure ${params.id}`);
