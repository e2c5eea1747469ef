import { CHART_RULES } from '../../schema/chartRules';
import { valueDomain } from '../axis';
import type { ChartKind } from '../kind';
import { itemsIn, rowsOf } from '../partPlan';
import type { BarModel, ChartMark } from '../types';
import { barDrawing } from './draw';
import type { BarLayout } from './layout';
import { shapeBar } from './shape';

/** Horizontal bars, largest first: one bar per figure, its labels (a rank) beside it. */
export const bar: ChartKind<BarModel, BarLayout> = {
  drawing: barDrawing,
  shape: (def, figures, ctx) => shapeBar(def, figures, ctx),
  legend: (model, kit) => [...kit.glyphs(model.marks, 'bar'), ...kit.highlight(model.marks, 'bar')],
  summary: (model, { punct, say, item }) => {
    const [first, ...rest] = model.marks;
    if (!first) return '';
    if (!rest.length) return `${item(first)}${punct.end}`;
    const others = rest.map((m) => `${m.subject}${punct.paren(m.valueText)}`);
    return say.highest(first.subject, first.valueText, others.join(punct.listSep));
  },
  // One section: every part keeps the whole chart's value axis, so bars on two parts compare.
  parts: (model) => {
    const [min, max] = valueDomain(model.marks, 'linear', { min: model.min ?? 0, max: model.max });
    return {
      sections: [rowsOf(0, model.marks)],
      build: (rows) => ({ ...model, min, max, marks: itemsIn<ChartMark>(rows, 0) })
    };
  },
  rules: CHART_RULES.bar
};
