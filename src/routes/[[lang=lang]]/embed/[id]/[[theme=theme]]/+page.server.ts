import { error } from '@sveltejs/kit';
import { chartView } from '$lib/charts/views';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// An embed is the prerendered chart alone: no client-side app, so it costs a few kilobytes and works
// wherever scripts are blocked. Marks are plain links; their <title> gives the value on hover.
export const csr = false;

export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      [undefined, 'light', 'dark'].map((theme) => ({
        id: c.id,
        ...(lang === 'en' ? { lang } : {}),
        ...(theme ? { theme } : {})
      }))
    )
  );

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const def = d.charts.find((c) => c.id === params.id);
  if (!def) error(404, `No chart ${params.id}`);
  const lang = langOf(params.lang);
  return { lang, view: chartView(d, def, lang), theme: params.theme ?? null };
};
