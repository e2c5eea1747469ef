import type { ChartMark, ChartModel } from './types';

/**
 * Every figure a chart model draws, once each, in the model's order (marks, then the labels drawn beside
 * them): what the chart's tooltips are made from.
 */
export function chartMarks(model: ChartModel): ChartMark[] {
  const top: ChartMark[] =
    model.type === 'bar'
      ? model.marks
      : model.type === 'grouped-bar'
        ? model.groups.flatMap((g) => g.marks)
        : model.type === 'timeline'
          ? [...model.dated, ...model.undated, ...model.durations.flatMap((f) => f.marks)]
          : model.facets.flatMap((f) => f.marks);
  const seen = new Map<string, ChartMark>();
  for (const m of top) {
    if (!seen.has(m.id)) seen.set(m.id, m);
    for (const l of m.labels) if (!seen.has(l.id)) seen.set(l.id, l);
  }
  return [...seen.values()];
}
