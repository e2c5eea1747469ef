import { describeValue } from '../format';
import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/validateDataset';
import { localHref, t } from '../i18n';
import { citeArticle, sourceLine, sourceName } from '../provenance';
import {
  TOPICS,
  type Article,
  type ChartDef,
  type Figure,
  type FigureRecord,
  type Lang,
  type Topic
} from '../schema';
import { CONFLICT_WORDS, conflictsByFigure } from '../verify';
import { recordValueText } from '../verify/recordValueText';
import { markLabel } from './marks';
import { legendFor } from './legend';
import type { ShapeContext } from './marks';
import { modelRows } from './rows';
import { shapeChart } from './shape';
import { summarizeChart } from './summary';
import { figureWindow } from './figureWindow';
import type { ChartView } from './types';

type Data = Pick<Dataset, 'figures' | 'articles' | 'charts'> & Partial<Pick<Dataset, 'records'>>;

/** The shaping context of a language: links carry the language prefix, names are in the language. */
export function shapeContext(d: Data, lang: Lang, highlight?: string): ShapeContext {
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
export function chartView(d: Data, def: ChartDef, lang: Lang, opts: { highlight?: string } = {}): ChartView {
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

/**
 * How many charts of a topic the chart index and the slide deck draw. Every chart of the curated corpus
 * fits; a synthetic corpus of thousands gets the first twelve per topic drawn and the rest listed.
 */
export const GALLERY_PER_TOPIC = 12;

/** A chart as a line in an index: enough to find it and open it, nothing drawn. */
export type ChartLink = { id: string; href: string; title: string; type: ChartDef['type']; figures: number };

export type TopicCharts = {
  topic: Topic;
  name: string;
  /** The first `perTopic` charts of the topic, shaped to be drawn. */
  charts: ChartView[];
  /** The topic's other charts as links, when asked for (an index); otherwise empty. */
  more: ChartLink[];
  total: number;
};

/**
 * Every chart, grouped by topic in the site's topic order; topics without charts are left out. `perTopic`
 * caps how many charts of a topic are shaped (a page drawing thousands of charts would weigh megabytes and
 * take seconds to render); `listRest` lists the others as links; `total` says how many there are.
 */
export function chartsByTopic(
  d: Data,
  lang: Lang,
  { perTopic = Infinity, listRest = false }: { perTopic?: number; listRest?: boolean } = {}
): TopicCharts[] {
  const names = t(lang).topicNames;
  return TOPICS.map((topic) => {
    const defs = d.charts.filter((c) => c.topic === topic);
    const rest = listRest ? defs.slice(perTopic) : [];
    return {
      topic,
      name: names[topic],
      charts: defs.slice(0, perTopic).map((c) => compactView(chartView(d, c, lang))),
      more: rest.map((c) => ({
        id: c.id,
        href: localHref(lang, `/charts/${c.id}`),
        title: c.title[lang],
        type: c.type,
        figures: c.figures.length
      })),
      total: defs.length
    };
  }).filter((g) => g.total > 0);
}

/** A figure as a line in a list of conflicts: where it links, what it says and in which article. */
export type FigureRef = { id: string; href: string; label: string; value: string; article: string };

export type ConflictNote = FigureRef & {
  /** The curator's note explaining the disagreement (figures.csv `note`). */
  note: string;
  conflicting: boolean;
  /** Figures citing the same claim that disagree with it, and how (verify's one conflict rule). */
  differing: (FigureRef & { how: string })[];
};

export type ChartPageData = {
  view: ChartView;
  sources: { id: string; href: string; cite: string; url: string }[];
  attributions: string[];
  primarySources: string[];
  conflicts: ConflictNote[];
};

/**
 * A chart's page: the chart, the articles its figures are cited in, whom they are attributed to, their
 * primary sources, and notes on conflicts: figures marked conflicting, and figures whose claim is cited
 * elsewhere with a different value. `only` narrows it to those of the chart's figures (a part's).
 */
export function chartPage(
  d: Data & Partial<Pick<Dataset, 'mentions'>>,
  id: string,
  lang: Lang,
  only?: readonly string[]
): ChartPageData | null {
  const ix = datasetIndex(d);
  const whole = ix.charts.get(id);
  if (!whole) return null;
  // A part of a large chart (chartPartPage): its own figures' sources, conflicts and table.
  const def = only ? { ...whole, figures: [...only] } : whole;
  const figures = def.figures.map((f) => ix.figures.get(f)).filter((f): f is Figure => f !== undefined);
  const ref = (f: Figure): FigureRef => {
    const a = ix.articles.get(f.article_id);
    return {
      id: f.id,
      href: localHref(lang, `/figures/${f.id}`),
      label: `${lang === 'zh' ? f.subject_zh : f.subject_en} · ${lang === 'zh' ? f.metric_zh : f.metric_en}`,
      value: describeValue(f, lang),
      article: a ? (lang === 'zh' ? a.label_zh : a.label_en) : f.article_id
    };
  };
  const byFigure = conflictsByFigure({ figures: d.figures, mentions: d.mentions ?? [] });
  const conflicts: ConflictNote[] = [];
  for (const f of figures) {
    // The other figure of each conflict, with every way the two disagree.
    const kinds = new Map<string, string[]>();
    for (const c of byFigure.get(f.id)?.claims ?? []) {
      const other = c.figureIds[0] === f.id ? c.figureIds[1] : c.figureIds[0];
      kinds.set(other, [...(kinds.get(other) ?? []), CONFLICT_WORDS[lang][c.kind]]);
    }
    const differing = [...kinds].flatMap(([other, how]) => {
      const g = ix.figures.get(other);
      return g ? [{ ...ref(g), how: how.join(lang === 'zh' ? '、' : ', ') }] : [];
    });
    if (f.status === 'conflicting' || differing.length) {
      conflicts.push({ ...ref(f), note: f.note, conflicting: f.status === 'conflicting', differing });
    }
  }
  const articleIds = [...new Set(figures.map((f) => f.article_id))];
  return {
    view: chartView(d, def, lang),
    sources: articleIds
      .map((aid) => ix.articles.get(aid))
      .filter((a): a is Article => a !== undefined)
      .map((a) => ({
        id: a.id,
        href: localHref(lang, `/articles/${a.id}`),
        cite: citeArticle(a, lang),
        url: a.url
      })),
    attributions: [...new Set(figures.map((f) => f.attributed_to))].map((a) =>
      a === 'unattributed' ? t(lang).chartUi.unattributed : sourceName(a, lang)
    ),
    primarySources: [...new Set(figures.map((f) => f.primary_source_url).filter((u) => u !== ''))],
    conflicts
  };
}

/**
 * The charts a figure appears in (as a mark or a label), and the first of them shaped with this figure
 * highlighted, for the figure page.
 */
export function chartsForFigure(
  d: Data,
  figureId: string,
  lang: Lang
): {
  links: { id: string; title: string; href: string }[];
  preview: ChartView | null;
  /** Set when the preview draws a window of a larger chart: how many it draws, how many there are, where all are. */
  windowed: { shown: number; total: number; href: string } | null;
} {
  const defs = datasetIndex(d).chartsByFigure.get(figureId) ?? [];
  const first = defs[0];
  const ids = first ? figureWindow(first.figures, figureId) : [];
  const def = first && ids.length < first.figures.length ? { ...first, figures: [...ids] } : first;
  return {
    links: defs.map((c) => ({ id: c.id, title: c.title[lang], href: localHref(lang, `/charts/${c.id}`) })),
    preview: def ? compactView(chartView(d, def, lang, { highlight: figureId })) : null,
    windowed:
      first && def !== first
        ? { shown: ids.length, total: first.figures.length, href: localHref(lang, `/charts/${first.id}`) }
        : null
  };
}
