import { ascending } from 'd3-array';
import { splitLabels } from '../../schema/splitLabels';
import type { ChartDef, Figure } from '../../schema';
import { toMark, type ShapeContext } from '../marks';
import { anchorValue } from '../qualifier';
import type { BarModel } from '../types';

/**
 * Bar chart data: one bar per figure, largest first (a bar chart is sorted; the order of `figures` only
 * breaks ties), each carrying its labels (e.g. the rank the article gives for the same subject).
 */
export function shapeBar(def: ChartDef, figures: readonly Figure[], ctx: ShapeContext): BarModel {
  const { marks, labels } = splitLabels(def, figures);
  const shaped = marks.map((f, i) => ({
    i,
    mark: toMark(
      f,
      ctx,
      'subject',
      (labels.get(f.id) ?? []).map((l) => toMark(l, ctx, 'subject'))
    )
  }));
  shaped.sort((a, b) => ascending(anchorValue(b.mark) ?? 0, anchorValue(a.mark) ?? 0) || a.i - b.i);
  const unit = marks[0]?.unit ?? '%';
  const axis = def.axes[unit];
  return {
    type: 'bar',
    unit,
    min: axis?.min ?? null,
    max: axis?.max ?? null,
    marks: shaped.map((s) => s.mark)
  };
}
