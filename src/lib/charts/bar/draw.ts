import type { ChartDrawing } from '../kind';
import type { BarModel } from '../types';
import { layoutBar, type BarLayout } from './layout';

/** Bars laid out largest first; a native office chart when every bar has a point value (a range has no bar there). */
export const barDrawing: ChartDrawing<BarModel, BarLayout> = {
  layout: layoutBar,
  marks: (model) => model.marks,
  native: (model) => {
    if (!model.marks.length || model.marks.some((m) => m.value === null)) return null;
    return {
      categories: model.marks.map((m) => ({ label: m.subject, mark: m, highlight: m.highlight })),
      series: [{ name: null, values: model.marks.map((m) => m.value ?? 0) }],
      unit: model.unit
    };
  }
};
