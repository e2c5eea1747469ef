import type { ChartType } from '../schema';
import { bar } from './bar';
import { dotLog } from './dot-log';
import type { ModelOf } from './drawings';
import { groupedBar } from './grouped-bar';
import { interval } from './interval';
import type { ChartKind, ChartLayout } from './kind';
import { timeline } from './timeline';
import type { ChartModel } from './types';

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
 * The kind of a model's type, typed for that model. (TypeScript cannot follow that `model.type` picks the kind
 * of `model`'s own type out of the record; the record's type above guarantees it.)
 */
export function kindOf<M extends ChartModel>(model: M): ChartKind<M, ChartLayout> {
  return KINDS[model.type] as unknown as ChartKind<M, ChartLayout>;
}
