import { chartView } from '$lib/charts/views';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const lang = langOf(params.lang);
  return { lang, views: d.charts.map((c) => chartView(d, c, lang)) };
};

export const entries: EntryGenerator = () => [{}, { lang: 'en' }];
