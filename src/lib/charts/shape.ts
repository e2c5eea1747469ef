import { t } from '../i18n';
import type { ChartDef, Figure } from '../schema';
import { shapeBar } from './bar/shape';
import { shapeDotLog } from './dot-log/shape';
import { shapeGroupedBar } from './grouped-bar/shape';
import { shapeInterval } from './interval/shape';
import { repeatedRows, type ShapeContext } from './marks';
import { shapeTimeline } from './timeline/shape';
import type { ChartModel } from './types';

/** A chart definition and its figures (in the definition's order) shaped by the chart's type. */
export function shapeChart(def: ChartDef, figures: readonly Figure[], shared: ShapeContext): ChartModel {
  const ui = t(shared.lang).chartUi;
  const ctx: ShapeContext = { ...shared, tellApart: repeatedRows(figures) };
  switch (def.type) {
    case 'bar':
      return shapeBar(def, figures, ctx);
    case 'grouped-bar':
      return shapeGroupedBar(def, figures, ctx);
    case 'interval':
      return shapeInterval(def, figures, ctx, ui.units);
    case 'dot-log':
      return shapeDotLog(def, figures, ctx, ui.units);
    case 'timeline':
      return shapeTimeline(def, figures, ctx, ui.units, ui.months);
  }
}
