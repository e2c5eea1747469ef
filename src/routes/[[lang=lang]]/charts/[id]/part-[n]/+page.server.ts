import { chartPartCount } from '$lib/pages/chartPartPage';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** Parts 2…N of every chart too large for one page (part 1 is the chart's own page). */
export const entries: EntryGenerator = () =>
  dataset().charts.flatMap((c) => {
    const count = chartPartCount(dataset(), c.id);
    return Array.from({ length: Math.max(0, count - 1) }, (_, i) => String(i + 2)).flatMap((n) => [
      { id: c.id, n },
      { lang: 'en', id: c.id, n }
    ]);
  });

// The chart page's own load, which reads the part number from the route's `n`.
export { load } from '../+page.server';
