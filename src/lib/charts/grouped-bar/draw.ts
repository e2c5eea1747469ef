import type { BarLayout } from '../bar/layout';
import type { ChartDrawing } from '../kind';
import type { GroupedBarModel } from '../types';
import { layoutGroupedBar } from './layout';

/** Every bar of every group, group by group. */
export const allMarks = (model: GroupedBarModel) => model.groups.flatMap((g) => g.marks);

/** Grouped bars laid out group by group; a native office chart when every group has every series' bar. */
export const groupedBarDrawing: ChartDrawing<GroupedBarModel, BarLayout> = {
  layout: layoutGroupedBar,
  marks: allMarks,
  native: (model) => {
    const marks = allMarks(model);
    if (!marks.length || marks.some((m) => m.value === null)) return null;
    // A grouped chart with a bar missing in some group cannot be drawn without inventing a zero.
    if (model.groups.some((g) => model.series.some((_, i) => !g.marks.some((m) => m.series === i))))
      return null;
    return {
      categories: model.groups.map((g) => ({
        label: g.label,
        mark: null,
        highlight: g.marks.some((m) => m.highlight)
      })),
      series: model.series.map((s, i) => ({
        name: s.label,
        values: model.groups.map((g) => g.marks.find((m) => m.series === i)?.value ?? 0)
      })),
      unit: model.unit
    };
  }
};
