import { legendFor } from '../charts/legend';
import { markLabel, type ShapeContext } from '../charts/marks';
import { modelRows } from '../charts/rows';
import { shapeChart } from '../charts/shape';
import { summarizeChart } from '../charts/summary';
import type { ChartView } from '../charts/types';
import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { describeValue } from '../format';
import { localHref, t } from '../i18n';
import { sourceLine } from '../provenance';
import type { ChartDef, Figure, FigureRecord, Lang } from '../schema';
import { recordValueText } from '../verify/recordValueText';

export type ChartData = Pick<Dataset, 'figures' | 'articles' | 'charts'> & Partial<Pick<Dataset, 'records'>>;

/** The shaping context of a language: links carry the language prefix, names are in the language. */
export function shapeContext(d: ChartData, lang: Lang, highlight?: string): ShapeContext {
  return {
    lang,
    figureHref: (id) => localHref(lang, `/figures/${id}`),
    articleHref: (id) => localHref(lang, `/articles/${id}`),
    articles: datasetIndex(d).articles,
    statusNames: t(lang).statusNames,
    highlight,
    records: datasetIndex(d).records
  };
}

/**
 * A chart in one language, ready to render: the shaped model, legend, text alternative, data table rows
 * and the "Source:" line computed from the figures' provenance. `highlight` overrides the chart's own
 * highlighted figure (the figure page highlights its figure).
 */
export function chartView(
  d: ChartData,
  def: ChartDef,
  lang: Lang,
  opts: { highlight?: string } = {}
): ChartView {
  const ix = datasetIndex(d);
  const figures = def.figures.map((id) => ix.figures.get(id)).filter((f): f is Figure => f !== undefined);
  const ctx = shapeContext(d, lang, opts.highlight ?? def.highlight);
  const model = shapeChart(def, figures, ctx);
  const withRecords = figures.map((f) => recordReading(f, ix.records.get(f.id)));
  const recordNotes = figures.flatMap((f) => {
    const r = ix.records.get(f.id);
    const recordSays = r?.verdict === 'differs' ? recordValueText(r, f.unit, lang) : null;
    if (!r || recordSays === null) return [];
    const href = localHref(lang, `/figures/${f.id}`);
    return [
      {
        id: f.id,
        href,
        label: markLabel(f, lang, 'subject-metric'),
        articleSays: describeValue(f, lang),
        recordSays
      }
    ];
  });
  return {
    id: def.id,
    type: def.type,
    topic: def.topic,
    lang,
    href: localHref(lang, `/charts/${def.id}`),
    title: def.title[lang],
    subtitle: def.subtitle[lang],
    notes: def.notes.map((n) => n[lang]),
    source: sourceLine(figures, ix.articles, lang),
    summary: summarizeChart(model, lang),
    legend: legendFor(model, lang),
    model,
    recordModel: withRecords.some((f, i) => f !== figures[i])
      ? shapeChart(def, withRecords, { ...ctx, asRecorded: true })
      : null,
    recordNotes,
    rows: modelRows(model),
    figureCount: figures.length
  };
}

/**
 * A view for a compact figure (dashboards, the figure page's preview, slides), which draws no data table:
 * the rows stay on the chart's page instead of being shipped, and serialized, with every page that shows
 * the chart small.
 */
export function compactView(view: ChartView): ChartView {
  return { ...view, rows: [] };
}

/**
 * A figure as its primary record states it, when the record differs and gives a value (an exact value or
 * date, as the record has it); otherwise the figure as the article cited it.
 */
function recordReading(f: Figure, r: FigureRecord | undefined): Figure {
  if (r?.verdict !== 'differs') return f;
  if (r.record_date_value && (f.unit === 'date' || f.unit === 'year')) {
    const year = /^\d{4}$/.test(r.record_date_value) ? Number(r.record_date_value) : f.value;
    return {
      ...f,
      comparator: '=',
      date: r.record_date_value,
      value: f.unit === 'year' ? year : null,
      low: null,
      high: null
    };
  }
  if (r.record_value === null) return f;
  const date = f.unit === 'year' ? String(r.record_value) : f.date;
  return { ...f, comparator: '=', value: r.record_value, low: null, high: null, date };
}
