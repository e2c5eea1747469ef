import { createHash } from 'node:crypto';
import { chartSize } from '../../../src/lib/charts/chartSize';
import { chartMarks } from '../../../src/lib/charts/chartMarks';
import { modelParts } from '../../../src/lib/charts/modelParts';
import { modelRows } from '../../../src/lib/charts/rows';
import type { ChartModel, ChartView } from '../../../src/lib/charts/types';
import { nativeBars } from '../../../src/lib/export/buildPptx';
import type { ChartDef, Lang } from '../../../src/lib/schema';
import { FROZEN_DEFS, frozenView as frozenById } from '../fixtures/frozenCharts';

/** One frozen chart of each type (render.test.ts's fixture), shaped in a language. */
export const frozenView = (def: ChartDef, lang: Lang): ChartView => frozenById(def.id, lang);

export { FROZEN_DEFS };

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Everything a chart type decides about a chart, through the modules that look its type up: the model, the
 * legend, the summary, the table's rows, the tooltips' marks, the size at two widths, the parts a slide of
 * six rows cuts it into, and the native office chart. Stored before the registry replaced the type switches
 * (registry.test.ts compares), so a kind that decides anything differently fails.
 */
export function typeDecisions(view: ChartView) {
  const ids = (m: ChartModel) => modelRows(m).map((r) => r.id);
  const size = (width: number) => {
    const s = chartSize(view.model, { width, lang: view.lang });
    return [r2(s.width), r2(s.height)];
  };
  return {
    type: view.model.type,
    // The whole model as a digest (its marks, quotes included, would make a 100 kB file); the rows below name them.
    model: createHash('sha256').update(JSON.stringify(view.model)).digest('hex').slice(0, 16),
    legend: view.legend,
    summary: view.summary,
    rows: ids(view.model),
    tooltips: chartMarks(view.model).map((m) => m.id),
    size: [size(640), size(360)],
    parts: modelParts(view.model, (m) => modelRows(m).length <= 6, 99).map(ids),
    native: nativeBars(view)
  };
}
