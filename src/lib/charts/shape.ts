import { t } from '../i18n';
import type { ChartDef, Figure } from '../schema';
import { repeatedRows, type ShapeContext } from './marks';
import { KINDS } from './registry';
import type { ChartModel } from './types';

/** A chart definition and its figures (in the definition's order) shaped by the chart's type. */
export function shapeChart(def: ChartDef, figures: readonly Figure[], shared: ShapeContext): ChartModel {
  const ctx: ShapeContext = { ...shared, tellApart: repeatedRows(figures) };
  return KINDS[def.type].shape(def, figures, ctx, t(shared.lang).chartUi);
}
