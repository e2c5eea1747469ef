import { modelRows } from './rows';
import type { ChartMark, ChartModel } from './types';

/**
 * Every figure a chart model draws, once each, in the model's order (marks, then the labels drawn beside
 * them): what the chart's tooltips are made from. The data table's rows (modelRows) without repeats.
 */
export function chartMarks(model: ChartModel): ChartMark[] {
  const seen = new Map<string, ChartMark>();
  for (const m of modelRows(model)) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()];
}
