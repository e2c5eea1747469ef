import { drawingOf } from './drawings';
import type { ChartMark, ChartModel } from './types';

/** Every mark of a model, with its labels after it, in the order the chart draws them (the data table). */
export function modelRows(model: ChartModel): ChartMark[] {
  return drawingOf(model)
    .marks(model)
    .flatMap((m) => [m, ...m.labels]);
}
