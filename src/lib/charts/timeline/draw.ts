import type { ChartDrawing } from '../kind';
import type { TimelineModel } from '../types';
import { layoutTimeline, type TimelineLayout } from './layout';

/** Dated events, then those without a year, then the durations; never a native office chart. */
export const timelineDrawing: ChartDrawing<TimelineModel, TimelineLayout> = {
  layout: layoutTimeline,
  marks: (model) => [...model.dated, ...model.undated, ...model.durations.flatMap((f) => f.marks)]
};
