import { splitLabels } from '../../schema/splitLabels';
import type { ChartDef, ChartScale, Figure, Unit } from '../../schema';
import { toMark, type ShapeContext } from '../marks';
import type { IntervalFacet, IntervalModel } from '../types';

/** Figures grouped by unit, in the order each unit first appears. */
export function byUnit(figures: readonly Figure[]): { unit: Unit; figures: Figure[] }[] {
  const out: { unit: Unit; figures: Figure[] }[] = [];
  for (const f of figures) {
    const band = out.find((b) => b.unit === f.unit);
    if (band) band.figures.push(f);
    else out.push({ unit: f.unit, figures: [f] });
  }
  return out;
}

/**
 * One band per unit, each with its own axis: its scale from the chart's `axes` (or the chart's `scale`),
 * its heading the unit's name. A single band needs no heading.
 */
export function facetsOf(
  def: Pick<ChartDef, 'axes' | 'scale'>,
  figures: readonly Figure[],
  ctx: ShapeContext,
  unitNames: Record<Unit, string>,
  opts: { forceScale?: ChartScale; alwaysTitle?: boolean; lengths?: boolean } = {}
): IntervalFacet[] {
  const bands = byUnit(figures);
  return bands.map(({ unit, figures: fs }) => {
    const axis = def.axes[unit];
    return {
      unit,
      title: bands.length > 1 || opts.alwaysTitle ? unitNames[unit] : '',
      scale: opts.forceScale ?? axis?.scale ?? def.scale,
      min: axis?.min ?? null,
      max: axis?.max ?? null,
      marks: fs.map((f) => toMark(f, ctx, 'subject-metric')),
      ...(opts.lengths ? { lengths: true } : {})
    };
  });
}

/**
 * Interval chart data: one row per figure, labelled by subject and metric, drawn by its qualifier (a
 * point, a hollow point, a bound with an arrow, or a range). Figures of different units go to separate
 * bands (validation refuses mixed units unless the chart sets facet_by: "unit").
 */
export function shapeInterval(
  def: ChartDef,
  figures: readonly Figure[],
  ctx: ShapeContext,
  unitNames: Record<Unit, string>
): IntervalModel {
  const { marks } = splitLabels(def, figures);
  return { type: 'interval', facets: facetsOf(def, marks, ctx, unitNames) };
}
