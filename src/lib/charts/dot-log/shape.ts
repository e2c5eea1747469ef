import type { ChartDef, Figure, Unit } from '../../schema';
import { facetsOf } from '../interval/shape';
import type { ShapeContext } from '../marks';
import type { IntervalModel } from '../types';

/**
 * Log-scale dot plot data, for amounts across orders of magnitude. Money stays in the currency the article
 * used: one band per currency, each with its own log axis and a heading naming the currency, so US$ and
 * CN¥ never share an axis (no conversion, so no derived numbers).
 */
export function shapeDotLog(
  def: ChartDef,
  figures: readonly Figure[],
  ctx: ShapeContext,
  unitNames: Record<Unit, string>
): IntervalModel {
  const facets = facetsOf(def, figures, ctx, unitNames, { forceScale: 'log', alwaysTitle: true });
  return { type: 'dot-log', facets };
}
