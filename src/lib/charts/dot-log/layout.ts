import { layoutInterval, type IntervalLayout, type IntervalLayoutOptions } from '../interval/layout';
import type { IntervalModel } from '../types';

/**
 * Log-scale dot plot: the interval layout with every band on a log axis (whole decades, powers-of-ten
 * ticks), whatever the model says, so orders of magnitude read as equal steps.
 */
export function layoutDotLog(model: IntervalModel, opts: IntervalLayoutOptions): IntervalLayout {
  return layoutInterval({ ...model, facets: model.facets.map((f) => ({ ...f, scale: 'log' })) }, opts);
}
