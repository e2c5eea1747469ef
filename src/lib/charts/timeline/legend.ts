import type { LegendKit } from '../kind';
import type { LegendItem, SpanPrecision, TimelineModel } from '../types';

const PRECISION_ORDER: readonly SpanPrecision[] = ['day', 'month', 'season', 'half', 'year', 'years'];

/**
 * A timeline's legend: the precisions its events use (a day a point, anything longer a bar), approximate
 * dates, the lane without a year, then the qualifiers of its durations not already listed.
 */
export function timelineLegend(model: TimelineModel, { ui, glyphs, highlight }: LegendKit): LegendItem[] {
  const label: Record<SpanPrecision, string> = {
    day: ui.legendDay,
    month: ui.legendMonth,
    season: ui.legendSeason,
    half: ui.legendHalf,
    year: ui.legendYear,
    years: ui.legendYears
  };
  const events = [...model.dated, ...model.undated];
  const used = new Set(events.map((e) => e.span.precision));
  const items: LegendItem[] = PRECISION_ORDER.filter((p) => used.has(p)).map((p) => ({
    key: p,
    label: label[p],
    shape: p === 'day' ? 'point' : 'bar'
  }));
  if (events.some((e) => e.comparator === '~'))
    items.push({ key: 'hollow', label: ui.legendApprox, shape: 'bar' });
  if (model.undated.length) items.push({ key: 'no-year', label: ui.legendNoYear, shape: 'point' });
  const durations = model.durations.flatMap((f) => f.marks);
  const seen = new Set(items.map((i) => i.key));
  const extra = glyphs(durations, 'point').filter((i) => !seen.has(i.key));
  return [...items, ...extra, ...highlight([...events, ...durations], 'point')];
}
