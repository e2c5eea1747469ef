import type { Lang } from '../schema';
import { drawingOf } from './drawings';
import type { ChartModel } from './types';

/**
 * The size a chart's own layout takes at `width` (in user units, where the kit's type is 11–13 units): the
 * height follows from the width (labels wrap, axes thin their ticks). An export finds the width at which a
 * chart fills a slide's frame with it, then draws the chart with the same components at that width.
 */
export function chartSize(
  model: ChartModel,
  opts: { width: number; lang: Lang }
): { width: number; height: number } {
  const l = drawingOf(model).layout(model, opts);
  return { width: l.width, height: l.height };
}
