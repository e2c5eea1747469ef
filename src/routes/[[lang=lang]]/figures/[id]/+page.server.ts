import { error } from '@sveltejs/kit';
import { chartsForFigure } from '$lib/charts/views';
import { figurePage } from '$lib/data/figurePage';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { figureCheck } from '$lib/verify';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  dataset().figures.flatMap((f) => [{ id: f.id }, { lang: 'en', id: f.id }]);

export const load: PageServerLoad = ({ params }) => {
  const lang = langOf(params.lang);
  const page = figurePage(dataset(), params.id, lang);
  if (!page) error(404, `No figure ${params.id}`);
  return {
    ...page,
    check: figureCheck(dataset(), params.id, lang),
    charts: chartsForFigure(dataset(), params.id, lang)
  };
};
