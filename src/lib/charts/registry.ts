import type { ChartType } from '../schema';
import { bar } from './bar';
import { barDrawing } from './bar/draw';
import { dotLog } from './dot-log';
import { dotLogDrawing } from './dot-log/draw';
import { groupedBar } from './grouped-bar';
import { groupedBarDrawing } from './grouped-bar/draw';
import { interval } from './interval';
import { intervalDrawing } from './interval/draw';
import type { ChartDrawing, ChartKind, ChartLayout } from './kind';
import { timeline } from './timeline';
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
 * Every chart type's kind, keyed by the vocabulary's CHART_TYPES: a type missing here, or a kind whose model
 * is not its type's, does not compile.
 */
export const KINDS = {
  bar,
  'grouped-bar': groupedBar,
  interval,
  'dot-log': dotLog,
  timeline
} satisfies { [T in ChartType]: ChartKind<ModelOf<T>, ChartLayout> };

/**
 * The drawing half of every kind (layout, marks, native chart), for code that runs in the browser: it imports
 * DRAWINGS only, so a page's JavaScript carries no shaping, legend or summary code (the bundler drops KINDS).
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

/**
 * The kind of a model's type, typed for that model. (TypeScript cannot follow that `model.type` picks the kind
 * of `model`'s own type out of the record; the record's type above guarantees it.)
 */
export function kindOf<M extends ChartModel>(model: M): ChartKind<M, ChartLayout> {
  return KINDS[model.type] as unknown as ChartKind<M, ChartLayout>;
}

/** The drawing half of a model's kind (see DRAWINGS), typed for that model, as kindOf. */
export function drawingOf<M extends ChartModel>(model: M): ChartDrawing<M, ChartLayout> {
  return DRAWINGS[model.type] as unknown as ChartDrawing<M, ChartLayout>;
}
