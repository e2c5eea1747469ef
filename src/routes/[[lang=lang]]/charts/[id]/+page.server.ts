import { error } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';
import { chartPartPage } from '$lib/pages/chartPartPage';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

// The part route (./part-[n]) shares this load: a large chart's page is cut into parts (chartParts).
export const load: PageServerLoad = ({ params }) => {
  const n = Number((params as { n?: string }).n ?? 1);
  return (
    chartPartPage(dataset(), params.id, langOf(params.lang), n) ??
    error(404, `No chart ${params.id}${n > 1 ? ` part ${n}` : ''}`)
  );
};
