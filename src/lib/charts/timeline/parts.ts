import { facetsPlan, itemsIn, rowsOf, type PartPlan, type PartRow } from '../partPlan';
import type { TimelineModel } from '../types';

/** A timeline's sections: its dated events (on the whole chart's years), its events without a year, its durations. */
export function timelinePlan(model: TimelineModel): PartPlan<TimelineModel> {
  const starts = model.dated.map((m) => m.span.start);
  const ends = model.dated.map((m) => m.span.end);
  const years: [number, number] | undefined =
    model.years ?? (starts.length ? [Math.min(...starts), Math.max(...ends)] : undefined);
  const durations = facetsPlan(model.durations, (facets) => ({ ...model, durations: facets }));
  const shift = (rows: PartRow[]) => rows.map((r) => ({ ...r, section: r.section + 2 }));
  const unshift = (rows: PartRow[]) =>
    rows.filter((r) => r.section >= 2).map((r) => ({ ...r, section: r.section - 2 }));
  return {
    sections: [rowsOf(0, model.dated), rowsOf(1, model.undated), ...durations.sections.map(shift)].filter(
      (s) => s.length
    ),
    build: (rows) => ({
      type: 'timeline',
      years,
      dated: itemsIn<TimelineModel['dated'][number]>(rows, 0),
      undated: itemsIn<TimelineModel['undated'][number]>(rows, 1),
      durations: durations.build(unshift(rows)).durations
    })
  };
}
