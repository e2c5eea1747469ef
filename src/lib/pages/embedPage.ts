import type { ChartView } from '../charts/types';
import { datasetIndex } from '../data/datasetIndex';
import type { Lang } from '../schema';
import { chartView, type ChartData } from './chartView';

/** /embed/ID: the chart alone, whole (its data table included); null for no such chart. */
export function embedPage(d: ChartData, id: string, lang: Lang): { lang: Lang; view: ChartView } | null {
  const def = datasetIndex(d).charts.get(id);
  return def ? { lang, view: chartView(d, def, lang) } : null;
}
