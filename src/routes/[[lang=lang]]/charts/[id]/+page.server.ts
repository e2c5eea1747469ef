import { error } from '@sveltejs/kit';
import { chartPage } from '$lib/charts/views';
import { embedSnippet, imageSnippet } from '$lib/export/embedSnippet';
import { langOf, langPath } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { publicUrl } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) => {
  const lang = langOf(params.lang);
  const page = chartPage(dataset(), params.id, lang);
  if (!page) error(404, `No chart ${params.id}`);
  const { view } = page;
  // Absolute links are made here, at build time, where the configured site URL is known; without one, images
  // print no address and the snippets are completed in the browser from the address the page is read at.
  return {
    ...page,
    downloads: {
      chartUrl: publicUrl(langPath(lang, `/charts/${view.id}`)),
      embed: embedSnippet(view.id, lang, view.title),
      image: imageSnippet(view.id, lang, view.title, view.source)
    }
  };
};
