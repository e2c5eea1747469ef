import { error } from '@sveltejs/kit';
import { chartsForFigure } from '$lib/charts/views';
import { figurePage } from '$lib/data/figurePage';
import { FIGURE_PREVIEW, figureImagePath } from '$lib/export/chartImages';
import { imagesBuilt } from '$lib/export/imagesBuilt';
import { linkPreview } from '$lib/export/linkPreview';
import { langOf, langPath, t } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { figureCheck } from '$lib/verify';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  dataset().figures.flatMap((f) => [{ id: f.id }, { lang: 'en', id: f.id }]);

export const load: PageServerLoad = ({ params }) => {
  const lang = langOf(params.lang);
  const page = figurePage(dataset(), params.id, lang);
  if (!page) error(404, `No figure ${params.id}`);
  const charts = chartsForFigure(dataset(), params.id, lang);
  const f = page.figure;
  const zh = lang === 'zh';
  const chart = charts.preview;
  return {
    ...page,
    check: figureCheck(dataset(), params.id, lang),
    charts,
    // The preview image is the figure's first chart with the figure highlighted (figures in no chart have none).
    preview: linkPreview({
      lang,
      path: langPath(lang, `/figures/${f.id}`),
      title: `${zh ? f.subject_zh : f.subject_en} · ${zh ? f.metric_zh : f.metric_en}${zh ? '：' : ': '}${page.value}`,
      description: `“${f.quote}” ${page.source}`,
      siteName: t(lang).site,
      image:
        chart && imagesBuilt()
          ? {
              path: figureImagePath(lang, f.id),
              ...FIGURE_PREVIEW,
              alt: `${chart.title}${zh ? '。' : '. '}${chart.summary}`
            }
          : null
    })
  };
};
