import { CHART_RULES } from '../../schema/chartRules';
import { valueDomain } from '../axis';
import type { BarLayout } from '../bar/layout';
import type { ChartKind } from '../kind';
import { itemsIn, rowsOf } from '../partPlan';
import type { GroupedBarModel, LegendItem, LegendKey } from '../types';
import { allMarks, groupedBarDrawing } from './draw';
import { shapeGroupedBar } from './shape';

/** Grouped bars: a group per value of `group_by`, a bar per series in the series' colour. */
export const groupedBar: ChartKind<GroupedBarModel, BarLayout> = {
  drawing: groupedBarDrawing,
  shape: (def, figures, ctx) => shapeGroupedBar(def, figures, ctx),
  legend: (model, kit) => {
    const marks = allMarks(model);
    const series = model.series
      .slice(0, 4)
      .map((s, i): LegendItem => ({ key: `series-${i}` as LegendKey, label: s.label, shape: 'bar' }));
    return [...series, ...kit.glyphs(marks, 'bar', ['solid']), ...kit.highlight(marks, 'bar')];
  },
  summary: (model, { punct }) =>
    model.groups
      .map((g) => {
        const vals = g.marks.map((m) => `${m.label}${punct.join}${m.valueText}`);
        return `${g.label}${punct.colon}${vals.join(punct.listSep)}${punct.end}`;
      })
      .join(punct.join),
  // One section of whole groups (a group's bars stay together), on the whole chart's value axis.
  parts: (model) => {
    const [min, max] = valueDomain(allMarks(model), 'linear', { min: model.min ?? 0, max: model.max });
    return {
      sections: [rowsOf(0, model.groups)],
      build: (rows) => ({ ...model, min, max, groups: itemsIn<GroupedBarModel['groups'][number]>(rows, 0) })
    };
  },
  rules: CHART_RULES['grouped-bar']
};
