import { error } from '@sveltejs/kit';
import { articlePage } from '$lib/pages/articlePage';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  dataset().articles.flatMap((a) => [{ id: a.id }, { lang: 'en', id: a.id }]);

export const load: PageServerLoad = ({ params }) => {
  const page = articlePage(dataset(), params.id, langOf(params.lang));
  if (!page) error(404, `No article ${params.id}`);
  return page;
};
