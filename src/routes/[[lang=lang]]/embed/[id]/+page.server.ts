import { error } from '@sveltejs/kit';
import { chartView } from '$lib/charts/views';
import { datasetIndex } from '$lib/data/datasetIndex';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// An embed is the prerendered chart alone: no client-side app, so it costs a few kilobytes and works
// wherever scripts are blocked. Marks are plain links; their <title> gives the value on hover. A pinned
// theme is a query (?theme=dark) read by static/embed.js, not a page of its own: one page per chart and
// language keeps a build over thousands of charts small.
export const csr = false;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const def = datasetIndex(d).charts.get(params.id);
  if (!def) error(404, `No chart ${params.id}`);
  const lang = langOf(params.lang);
  return { lang, view: chartView(d, def, lang) };
};
