import { facetMarks } from '../interval/draw';
import type { IntervalLayout } from '../interval/layout';
import type { ChartDrawing } from '../kind';
import type { IntervalModel } from '../types';
import { layoutDotLog } from './layout';

/** The interval drawing with every band on a log axis; never a native office chart. */
export const dotLogDrawing: ChartDrawing<IntervalModel, IntervalLayout> = {
  layout: layoutDotLog,
  marks: facetMarks
};
