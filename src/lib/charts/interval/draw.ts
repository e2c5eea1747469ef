import type { ChartDrawing } from '../kind';
import type { IntervalModel } from '../types';
import { layoutInterval, type IntervalLayout } from './layout';

/** Every row of every band, band by band (also a dot plot's). */
export const facetMarks = (model: IntervalModel) => model.facets.flatMap((f) => f.marks);

/** Interval bands laid out one under another, their rows in order; never a native office chart. */
export const intervalDrawing: ChartDrawing<IntervalModel, IntervalLayout> = {
  layout: layoutInterval,
  marks: facetMarks
};
