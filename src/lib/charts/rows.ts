import type { ChartMark, ChartModel } from './types';

/** Every mark of a model, with its labels after it, in the order the chart draws them. */
export function modelRows(model: ChartModel): ChartMark[] {
  const marks: ChartMark[] =
    model.type === 'bar'
      ? model.marks
      : model.type === 'grouped-bar'
        ? model.groups.flatMap((g) => g.marks)
        : model.type === 'timeline'
          ? [...model.dated, ...model.undated, ...model.durations.flatMap((f) => f.marks)]
          : model.facets.flatMap((f) => f.marks);
  return marks.flatMap((m) => [m, ...m.labels]);
}
