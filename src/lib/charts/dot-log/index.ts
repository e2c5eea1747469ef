import { CHART_RULES } from '../../schema/chartRules';
import { facetsSummary, intervalLegend, intervalParts } from '../interval';
import type { IntervalLayout } from '../interval/layout';
import type { ChartKind } from '../kind';
import type { IntervalModel } from '../types';
import { dotLogDrawing } from './draw';
import { shapeDotLog } from './shape';

/** A log-scale dot plot: an interval chart with a band per currency, each on its own log axis. */
export const dotLog: ChartKind<IntervalModel, IntervalLayout> = {
  drawing: dotLogDrawing,
  shape: (def, figures, ctx, ui) => shapeDotLog(def, figures, ctx, ui.units),
  legend: intervalLegend,
  summary: (model, kit) => facetsSummary(model.facets, kit),
  parts: intervalParts,
  rules: CHART_RULES['dot-log']
};
