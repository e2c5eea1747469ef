import { error } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';
import { embedPage } from '$lib/pages/embedPage';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// An embed is the prerendered chart alone: no client-side app, so it costs a few kilobytes and works
// wherever scripts are blocked. Marks are plain links; their <title> gives the value on hover. A pinned
// theme is a query (?theme=dark) read by static/embed.js, not a page of its own: one page per chart and
// language keeps a build over thousands of charts small.
export const csr = false;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => [{ id: c.id }, { lang: 'en', id: c.id }]);

export const load: PageServerLoad = ({ params }) =>
  embedPage(dataset(), params.id, langOf(params.lang)) ?? error(404, `No chart ${params.id}`);
