import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { localHref } from '../i18n';
import type { Lang } from '../schema';
import {
  CHART_PART_ROWS,
  chartPartPath,
  chartParts,
  partFigureIds,
  partNav,
  partView,
  type ChartPartNav
} from '../charts/chartParts';
import type { ChartModel, ChartView } from '../charts/types';
import { chartPage, type ChartPageData } from './chartPage';
import { chartView } from './chartView';

type Data = Parameters<typeof chartPage>[0] & Pick<Dataset, 'figures'>;
type Cut = { whole: ChartView; parts: ChartModel[]; partOf: Map<string, number> } | null;

// Each of a large chart's part pages (and the part route's entries) needs the whole chart cut: once per
// dataset, chart and language, not once per page (a chart of 5,000 figures takes about a second).
const cuts = new WeakMap<object, Map<string, Cut>>();

/** A chart's whole view and its parts, or null when it fits one page (then nothing is shaped here). */
function cut(d: Data, id: string, lang: Lang): Cut {
  const def = datasetIndex(d).charts.get(id);
  // A chart draws each of its figures at most once (a mark or a label), so this many figures fit one part.
  if (!def || def.figures.length <= CHART_PART_ROWS) return null;
  let byChart = cuts.get(d);
  if (!byChart) cuts.set(d, (byChart = new Map()));
  const key = `${lang} ${id}`;
  let c = byChart.get(key);
  if (c === undefined) {
    const whole = chartView(d, def, lang);
    const parts = chartParts(whole.model);
    const partOf = new Map(parts.flatMap((p, i) => partFigureIds(p).map((f) => [f, i + 1] as const)));
    c = parts.length > 1 ? { whole, parts, partOf } : null;
    byChart.set(key, c);
  }
  return c;
}

/**
 * Part `n` (from 1) of a chart's page: the whole page when the chart fits one part (then only n = 1
 * exists), else the part's figures drawn on the whole chart's axes with their own table, sources and
 * conflicts, and the navigation among the parts. Null for no such chart or part.
 */
export function chartPartPage(
  d: Data,
  id: string,
  lang: Lang,
  n: number
): (ChartPageData & { parts: ChartPartNav | null }) | null {
  const def = datasetIndex(d).charts.get(id);
  if (!def || !Number.isInteger(n) || n < 1) return null;
  const c = cut(d, id, lang);
  if (!c) {
    const page = n === 1 ? chartPage(d, id, lang) : null;
    return page && { ...page, parts: null };
  }
  const { whole, parts } = c;
  const model = parts[n - 1];
  if (!model) return null;
  const ids = new Set(partFigureIds(model));
  const page = chartPage(d, id, lang, { only: def.figures.filter((f) => ids.has(f)) });
  const view = page && partView(whole, parts, n, page.view);
  return page && view && { ...page, view, parts: partNav(id, lang, parts, n) };
}

/** How many parts a chart's page has (1 for a chart that fits one page); 0 for no such chart. */
export function chartPartCount(d: Data, id: string, lang: Lang = 'zh'): number {
  if (!datasetIndex(d).charts.has(id)) return 0;
  return cut(d, id, lang)?.parts.length ?? 1;
}

/**
 * Where a figure is drawn among a chart's parts: the part's number (from 1), how many parts there are and
 * the part page's path in the language. A chart that fits one page is part 1 of 1.
 */
export function figurePart(
  d: Data,
  chartId: string,
  figureId: string,
  lang: Lang
): { part: number; parts: number; href: string } {
  const c = cut(d, chartId, lang);
  const part = c?.partOf.get(figureId) ?? 1;
  return { part, parts: c?.parts.length ?? 1, href: localHref(lang, chartPartPath(chartId, part)) };
}

/**
 * A chart as one drawing shows it where a reader cannot page through parts (its embed, its images): the
 * whole chart when it fits one page, else its first part, drawn on the whole chart's axes, with where it
 * stands among the parts. Null for no such chart.
 */
export function firstPart(
  d: Data,
  id: string,
  lang: Lang
): { view: ChartView; parts: ChartPartNav | null } | null {
  const def = datasetIndex(d).charts.get(id);
  if (!def) return null;
  if (!cut(d, id, lang)) return { view: chartView(d, def, lang), parts: null };
  const page = chartPartPage(d, id, lang, 1);
  return page && { view: page.view, parts: page.parts };
}
