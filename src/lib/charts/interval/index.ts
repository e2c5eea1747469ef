import { CHART_RULES } from '../../schema/chartRules';
import type { ChartKind, LegendKit, SummaryKit } from '../kind';
import { facetsPlan } from '../partPlan';
import type { IntervalFacet, IntervalModel, LegendItem } from '../types';
import { facetMarks, intervalDrawing } from './draw';
import type { IntervalLayout } from './layout';
import { shapeInterval } from './shape';

/** Every row per band, the band's heading first (also a timeline's durations). */
export function facetsSummary(facets: readonly IntervalFacet[], { punct, item, list }: SummaryKit): string {
  return facets
    .map((f) => {
      const head = f.title ? `${f.title}${punct.colon}` : '';
      return `${head}${list(f.marks.map(item))}${punct.end}`;
    })
    .join(punct.join);
}

/** The qualifiers the rows use, drawn as points, and the highlight (also a dot plot's). */
export function intervalLegend(model: IntervalModel, kit: LegendKit): LegendItem[] {
  const marks = facetMarks(model);
  return [...kit.glyphs(marks, 'point'), ...kit.highlight(marks, 'point')];
}

/** A section per band, each on its whole axis (also a dot plot's). */
export const intervalParts = (model: IntervalModel) =>
  facetsPlan(model.facets, (facets): IntervalModel => ({ ...model, facets }));

/** Intervals: a row per figure drawn by its qualifier, a band (an axis) per unit. */
export const interval: ChartKind<IntervalModel, IntervalLayout> = {
  drawing: intervalDrawing,
  shape: (def, figures, ctx, ui) => shapeInterval(def, figures, ctx, ui.units),
  legend: intervalLegend,
  summary: (model, kit) => facetsSummary(model.facets, kit),
  parts: intervalParts,
  rules: CHART_RULES.interval
};
