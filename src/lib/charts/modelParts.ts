import type { PartRow } from './partPlan';
import { kindOf } from './registry';
import type { ChartModel } from './types';

/** The most parts a chart is cut into: a chart that needs more is not a few slides but a table. */
export const MAX_PARTS = 6;

/**
 * A chart cut into consecutive parts that each `fits` (a slide with readable type), or the chart whole when
 * it fits already or would need more than `maxParts` (a chart page's parts have no such limit). Sections (a timeline's dated events, its events
 * without a year, each band of durations or of an interval chart) stay together where they fit on a part
 * of their own; only a section too tall for one part is cut between rows. Every part keeps the whole
 * chart's axes (fixed domains), so a bar or a date reads the same on each part and two parts compare.
 */
export function modelParts(
  model: ChartModel,
  fits: (part: ChartModel) => boolean,
  maxParts = MAX_PARTS
): ChartModel[] {
  if (fits(model)) return [model];
  const plan = kindOf(model).parts(model);
  const parts: PartRow[][] = [];
  let cur: PartRow[] = [];
  const ok = (rows: PartRow[]) => fits(plan.build(rows));
  for (const section of plan.sections) {
    if (ok([...cur, ...section])) {
      cur.push(...section);
      continue;
    }
    if (cur.length && ok(section)) {
      parts.push(cur);
      cur = [...section];
      continue;
    }
    let i = 0;
    while (i < section.length) {
      // The most rows of the section that still fit after `cur`: doubling, then halving (a few layouts per
      // part, not one per row, for a chart of thousands of rows).
      const fitsWith = (k: number) => ok([...cur, ...section.slice(i, i + k)]);
      let good = 0;
      let step = 1;
      while (i + good < section.length && fitsWith(Math.min(good + step, section.length - i))) {
        good = Math.min(good + step, section.length - i);
        step *= 2;
      }
      let bad = Math.min(good + step, section.length - i + 1);
      while (bad - good > 1) {
        const mid = Math.floor((good + bad) / 2);
        if (fitsWith(mid)) good = mid;
        else bad = mid;
      }
      if (good === 0) {
        // Not even one more row fits: close the part, or, on an empty part, take the row anyway (a single
        // row that never fits is still drawn, as the whole chart would be).
        if (cur.length) parts.push(cur);
        cur = cur.length ? [] : [section[i]!];
        i += cur.length;
        continue;
      }
      cur.push(...section.slice(i, i + good));
      i += good;
      if (i < section.length) {
        parts.push(cur);
        cur = [];
      }
    }
    if (parts.length >= maxParts) return [model];
  }
  if (cur.length) parts.push(cur);
  return parts.length > maxParts ? [model] : parts.map(plan.build);
}
