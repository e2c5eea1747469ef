import { layoutBarRows, type BarLayout, type BarLayoutOptions } from '../bar/layout';
import type { GroupedBarModel } from '../types';

/**
 * Grouped bars: a heading per group (e.g. the period), then one bar per series in the series' colour, all
 * on one value axis from zero. Each row's `series` picks its colour.
 */
export function layoutGroupedBar(model: GroupedBarModel, opts: BarLayoutOptions): BarLayout {
  const sections = model.groups.map((g) => ({ key: g.key, heading: g.label, marks: g.marks }));
  return layoutBarRows(sections, model.unit, model, opts);
}
