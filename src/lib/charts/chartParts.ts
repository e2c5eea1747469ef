import { localHref, t } from '../i18n';
import type { Lang } from '../schema';
import { modelParts } from './modelParts';
import { modelRows } from './rows';
import { summarizeChart } from './summary';
import type { ChartModel, ChartView } from './types';

/**
 * The most rows (marks and their labels) one chart page draws and tabulates. A chart of 5,000 figures on one
 * page weighed 6 MB of HTML; cut into parts of 50 rows, each part stays near the weight of an ordinary
 * chart's page, even where a page prerenders its chart at a few layout widths.
 */
export const CHART_PART_ROWS = 50;

/** Where a chart's part is: the chart's own page for the first, `/charts/ID/part-N` for the others. */
export function chartPartPath(id: string, n: number): string {
  return n <= 1 ? `/charts/${id}` : `/charts/${id}/part-${n}`;
}

/**
 * A chart model cut into parts of at most `rows` rows in the chart's own order, every part on the whole
 * chart's axes (modelParts fixes the domains), so two parts compare; one part when the chart fits.
 */
export function chartParts(model: ChartModel, rows = CHART_PART_ROWS): ChartModel[] {
  return modelParts(model, (m) => modelRows(m).length <= rows, Infinity);
}

/** What a part page says of where it is among the chart's parts, and the links to the others. */
export type ChartPartNav = {
  n: number;
  count: number;
  /** The part's rows among the chart's, counted from 1. */
  from: number;
  to: number;
  total: number;
  first: string;
  prev: string | null;
  next: string | null;
  last: string;
  /** "Part 2 of 6 (rows 51–100 of 300)". */
  label: string;
};

/** The navigation of part `n` (from 1) among `parts` of chart `id` in a language. */
export function partNav(id: string, lang: Lang, parts: readonly ChartModel[], n: number): ChartPartNav {
  const sizes = parts.map((p) => modelRows(p).length);
  const from = sizes.slice(0, n - 1).reduce((a, b) => a + b, 0) + 1;
  const to = from + (sizes[n - 1] ?? 0) - 1;
  const total = sizes.reduce((a, b) => a + b, 0);
  const href = (k: number) => localHref(lang, chartPartPath(id, k));
  return {
    n,
    count: parts.length,
    from,
    to,
    total,
    first: href(1),
    prev: n > 1 ? href(n - 1) : null,
    next: n < parts.length ? href(n + 1) : null,
    last: href(parts.length),
    label: t(lang).chartParts.label(n, parts.length, from, to, total)
  };
}

/**
 * Part `n` of a chart's view, or null when there is no such part. `subset` is the chart shaped from the
 * part's figures alone (its source line, legend, records, notes); the part draws the cut of the whole
 * chart's model, on the whole chart's axes, and tabulates its own rows only.
 */
export function partView(
  whole: ChartView,
  parts: readonly ChartModel[],
  n: number,
  subset: ChartView
): ChartView | null {
  const model = parts[n - 1];
  if (!model) return null;
  const nav = partNav(whole.id, whole.lang, parts, n);
  const rows = modelRows(model);
  return {
    ...subset,
    href: whole.href,
    model,
    rows,
    summary: `${nav.label}${t(whole.lang).punct.colon}${summarizeChart(model, whole.lang)}`,
    figureCount: rows.length
  };
}

/** The figure ids of a part, as a chart definition lists figures (marks and their labels). */
export function partFigureIds(part: ChartModel): string[] {
  return modelRows(part).map((m) => m.id);
}
