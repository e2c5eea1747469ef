import type { ChartType } from '../schema';
import { barDrawing } from './bar/draw';
import { dotLogDrawing } from './dot-log/draw';
import { groupedBarDrawing } from './grouped-bar/draw';
import { intervalDrawing } from './interval/draw';
import type { ChartDrawing, ChartLayout } from './kind';
import { timelineDrawing } from './timeline/draw';
import type { ChartModel } from './types';

/** The model of a chart type (an interval model serves both interval and dot-log). */
export type ModelOf<T extends ChartType> = ChartModel extends infer M
  ? M extends { type: infer U }
    ? T extends U
      ? M
      : never
    : never
  : never;

/**
 * The drawing half of every kind (layout, marks, native chart), for code that runs in the browser: it imports
 * DRAWINGS only, so a page's JavaScript carries no shaping, legend or summary code (registry.ts, which holds the whole kinds, is never imported by it).
 */
export const DRAWINGS = {
  bar: barDrawing,
  'grouped-bar': groupedBarDrawing,
  interval: intervalDrawing,
  'dot-log': dotLogDrawing,
  timeline: timelineDrawing
} satisfies { [T in ChartType]: ChartDrawing<ModelOf<T>, ChartLayout> };

/** The layout of a chart type (what its component in Chart.svelte draws). */
export type LayoutOf<T extends ChartType> = ReturnType<(typeof DRAWINGS)[T]['layout']>;

/** The drawing half of a model's kind (see DRAWINGS), typed for that model (as registry.ts's kindOf). */
export function drawingOf<M extends ChartModel>(model: M): ChartDrawing<M, ChartLayout> {
  return DRAWINGS[model.type] as unknown as ChartDrawing<M, ChartLayout>;
}
