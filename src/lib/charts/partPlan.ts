import { valueDomain } from './axis';
import type { ChartMark, IntervalFacet } from './types';

/** A row of a chart as a part takes it: a mark (with its labels) or a group of bars, and its section. */
export type PartRow = { section: number; item: unknown };

/**
 * How a chart type is cut into parts (modelParts): its sections in order (a section stays together on a part
 * where it fits), and the model of a part from the rows it takes.
 */
export type PartPlan<M> = { sections: PartRow[][]; build: (rows: PartRow[]) => M };

export const rowsOf = (section: number, items: readonly unknown[]): PartRow[] =>
  items.map((item) => ({ section, item }));

export const itemsIn = <T>(rows: PartRow[], section: number) =>
  rows.filter((r) => r.section === section).map((r) => r.item as T);

/** A band with its whole domain fixed, so that a part of it is drawn on the same axis. */
function fixFacet(facet: IntervalFacet): IntervalFacet {
  const [min, max] = valueDomain(facet.marks, facet.scale, facet);
  return { ...facet, min, max };
}

/** Interval bands as sections, one a band, each on its whole axis; `build` makes a model of the bands kept. */
export function facetsPlan<M>(
  facets: IntervalFacet[],
  build: (f: IntervalFacet[], rows: PartRow[]) => M
): PartPlan<M> {
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
