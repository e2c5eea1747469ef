import { error } from '@sveltejs/kit';
import { chartPartPage } from '$lib/charts/chartPartPage';
import { CHART_IMAGES, chartImagePath } from '$lib/export/chartImages';
import { embedSnippet, imageSnippet } from '$lib/export/embedSnippet';
import { imagesBuilt } from '$lib/export/imagesBuilt';
import { linkPreview } from '$lib/export/linkPreview';
import { langOf, langPath, t } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { publicUrl, sitePath } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) => {
  const lang = langOf(params.lang);
  // The part route (./part-[n]) shares this load: a large chart's page is cut into parts (chartParts).
  const n = Number((params as { n?: string }).n ?? 1);
  const page = chartPartPage(dataset(), params.id, lang, n);
  if (!page) error(404, `No chart ${params.id}${n > 1 ? ` part ${n}` : ''}`);
  const { view } = page;
  const built = imagesBuilt();
  const path = (i: (typeof CHART_IMAGES)[number]) => chartImagePath(lang, view.id, i);
  const preview = CHART_IMAGES.find((i) => i.suffix === '-preview');
  // Absolute links are made here, at build time, where the configured site URL is known; without one, images
  // print no address and the snippets are completed in the browser from the address the page is read at.
  return {
    ...page,
    downloads: {
      chartUrl: publicUrl(langPath(lang, `/charts/${view.id}`)),
      embed: embedSnippet(view.id, lang, view.title),
      image: imageSnippet(view.id, lang, view.title, view.source),
      images: built
        ? CHART_IMAGES.map((i) => ({ ...i, href: sitePath(path(i)), url: publicUrl(path(i)) }))
        : []
    },
    preview: linkPreview({
      lang,
      path: langPath(lang, `/charts/${view.id}`),
      title: view.title,
      description: [view.subtitle, view.source].filter(Boolean).join(lang === 'zh' ? '。' : '. '),
      siteName: t(lang).site,
      image:
        built && preview
          ? {
              path: path(preview),
              width: preview.width,
              height: preview.height,
              alt: `${view.title}${lang === 'zh' ? '。' : '. '}${view.summary}`
            }
          : null
    })
  };
};
