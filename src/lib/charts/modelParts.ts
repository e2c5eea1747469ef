import { valueDomain } from './axis';
import type {
  BarModel,
  ChartMark,
  ChartModel,
  GroupedBarModel,
  IntervalFacet,
  IntervalModel,
  TimelineModel
} from './types';

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
  const plan = sectionsOf(model);
  const parts: Row[][] = [];
  let cur: Row[] = [];
  const ok = (rows: Row[]) => fits(plan.build(rows));
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

/** A row of a chart as a part takes it: a mark (with its labels) or a group of bars, and its section. */
type Row = { section: number; item: unknown };
type Plan = { sections: Row[][]; build: (rows: Row[]) => ChartModel };

const rowsOf = (section: number, items: readonly unknown[]): Row[] =>
  items.map((item) => ({ section, item }));
const itemsIn = <T>(rows: Row[], section: number) =>
  rows.filter((r) => r.section === section).map((r) => r.item as T);

/** A band with its whole domain fixed, so that a part of it is drawn on the same axis. */
function fixFacet(facet: IntervalFacet): IntervalFacet {
  const [min, max] = valueDomain(facet.marks, facet.scale, facet);
  return { ...facet, min, max };
}

function facetsPlan(facets: IntervalFacet[], build: (f: IntervalFacet[], rows: Row[]) => ChartModel): Plan {
  const fixed = facets.map(fixFacet);
  return {
    sections: fixed.map((f, i) => rowsOf(i, f.marks)),
    build: (rows) =>
      build(
        fixed.flatMap((f, i) => {
          const marks = itemsIn<ChartMark>(rows, i);
          return marks.length ? [{ ...f, marks }] : [];
        }),
        rows
      )
  };
}

function sectionsOf(model: ChartModel): Plan {
  if (model.type === 'bar') {
    const [min, max] = valueDomain(model.marks, 'linear', { min: model.min ?? 0, max: model.max });
    return {
      sections: [rowsOf(0, model.marks)],
      build: (rows): BarModel => ({ ...model, min, max, marks: itemsIn<ChartMark>(rows, 0) })
    };
  }
  if (model.type === 'grouped-bar') {
    const all = model.groups.flatMap((g) => g.marks);
    const [min, max] = valueDomain(all, 'linear', { min: model.min ?? 0, max: model.max });
    return {
      sections: [rowsOf(0, model.groups)],
      build: (rows): GroupedBarModel => ({
        ...model,
        min,
        max,
        groups: itemsIn<GroupedBarModel['groups'][number]>(rows, 0)
      })
    };
  }
  if (model.type === 'timeline') return timelinePlan(model);
  return facetsPlan(model.facets, (facets): IntervalModel => ({ ...model, facets }));
}

/** A timeline's sections: its dated events (on the whole chart's years), its events without a year, its durations. */
function timelinePlan(model: TimelineModel): Plan {
  const starts = model.dated.map((m) => m.span.start);
  const ends = model.dated.map((m) => m.span.end);
  const years: [number, number] | undefined =
    model.years ?? (starts.length ? [Math.min(...starts), Math.max(...ends)] : undefined);
  const durations = facetsPlan(model.durations, (facets) => ({ ...model, durations: facets }) as ChartModel);
  const shift = (rows: Row[]) => rows.map((r) => ({ ...r, section: r.section + 2 }));
  const unshift = (rows: Row[]) =>
    rows.filter((r) => r.section >= 2).map((r) => ({ ...r, section: r.section - 2 }));
  return {
    sections: [rowsOf(0, model.dated), rowsOf(1, model.undated), ...durations.sections.map(shift)].filter(
      (s) => s.length
    ),
    build: (rows): TimelineModel => ({
      type: 'timeline',
      years,
      dated: itemsIn<TimelineModel['dated'][number]>(rows, 0),
      undated: itemsIn<TimelineModel['undated'][number]>(rows, 1),
      durations: (durations.build(unshift(rows)) as TimelineModel).durations
    })
  };
}
