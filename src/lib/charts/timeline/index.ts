import { CHART_RULES } from '../../schema/chartRules';
import type { ChartKind } from '../kind';
import type { TimelineModel } from '../types';
import { timelineDrawing } from './draw';
import type { TimelineLayout } from './layout';
import { timelineLegend } from './legend';
import { timelinePlan } from './parts';
import { shapeTimeline } from './shape';

/** A timeline: dated events on a year axis, dates without a year in their own lane, durations as bands. */
export const timeline: ChartKind<TimelineModel, TimelineLayout> = {
  drawing: timelineDrawing,
  shape: (def, figures, ctx, ui) => shapeTimeline(def, figures, ctx, ui.units, ui.months),
  legend: timelineLegend,
  summary: (model, kit) => {
    const { punct, say, item, list } = kit;
    const parts: string[] = [];
    if (model.dated.length) {
      const years = model.dated.map((m) => new Date(m.span.start).getUTCFullYear());
      const from = Math.min(...years);
      const to = Math.max(...model.dated.map((m) => new Date(m.span.end - 1).getUTCFullYear()));
      const head = say.dated(model.dated.length, from, to);
      parts.push(`${head}${list(model.dated.map(item))}${punct.end}`);
    }
    if (model.undated.length) {
      const head = say.undated(model.undated.length);
      parts.push(`${head}${list(model.undated.map(item))}${punct.end}`);
    }
    const durations = model.durations.flatMap((f) => f.marks);
    if (durations.length) parts.push(`${say.durations}${list(durations.map(item))}${punct.end}`);
    return parts.join(punct.join);
  },
  parts: timelinePlan,
  rules: CHART_RULES.timeline
};
