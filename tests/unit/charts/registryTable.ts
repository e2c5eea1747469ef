import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chartSize } from '../../../src/lib/charts/chartSize';
import { chartMarks } from '../../../src/lib/charts/chartMarks';
import { modelParts } from '../../../src/lib/charts/modelParts';
import { modelRows } from '../../../src/lib/charts/rows';
import type { ChartModel, ChartView } from '../../../src/lib/charts/types';
import { nativeBars } from '../../../src/lib/export/buildPptx';
import { chartView } from '../../../src/lib/pages/chartView';
import type { Article, ChartDef, Figure, FigureRecord, Lang } from '../../../src/lib/schema';

type Frozen = { def: ChartDef; figures: Figure[]; articles: Article[]; records: FigureRecord[] };
const FROZEN = (
  JSON.parse(readFileSync(new URL('./__fixtures__/render-charts.json', import.meta.url), 'utf8')) as {
    charts: Frozen[];
  }
).charts;

/** One frozen chart of each type (render.test.ts's fixture), shaped in a language. */
export function frozenView(def: ChartDef, lang: Lang): ChartView {
  const c = FROZEN.find((f) => f.def.id === def.id);
  if (!c) throw new Error(`no frozen chart ${def.id}`);
  return chartView(
    { figures: c.figures, articles: c.articles, charts: [c.def], records: c.records },
    c.def,
    lang
  );
}

export const FROZEN_DEFS = FROZEN.map((c) => c.def);

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
