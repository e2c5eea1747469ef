import type { ChartPartNav } from '../charts/chartParts';
import type { ChartView } from '../charts/types';
import type { Lang } from '../schema';
import { firstPart } from './chartPartPage';
import type { ChartData } from './chartView';

/**
 * /embed/ID: the chart alone (its data table included), whole, or its first part with links to the others
 * on the site when the chart is too large for one page (an embed draws at eight widths: a chart of 5,000
 * figures whole would weigh tens of megabytes in a host's page). Null for no such chart.
 */
export function embedPage(
  d: ChartData,
  id: string,
  lang: Lang
): { lang: Lang; view: ChartView; parts: ChartPartNav | null } | null {
  const got = firstPart(d, id, lang);
  return got && { lang, ...got };
}
