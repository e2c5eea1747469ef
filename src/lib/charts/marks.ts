import { describeComparator, describeValue } from '../format';
import { articleShortName } from '../provenance';
import type { Article, Figure, FigureRecord, Lang } from '../schema';
import { glyphFor, valueLabel } from './qualifier';
import type { ChartMark } from './types';
import { pick, t } from '../i18n';

/** What shaping needs besides the figures: the language, where links go, and the articles. */
export type ShapeContext = {
  lang: Lang;
  /** The figure page of an id, in the chart's language (localHref(lang, `/figures/${id}`)). */
  figureHref: (id: string) => string;
  /** The article page of an id, in the chart's language. */
  articleHref: (id: string) => string;
  articles: ReadonlyMap<string, Article>;
  /** Status names in the chart's language. */
  statusNames: Record<Figure['status'], string>;
  /** The figure id drawn in the highlight colour, if any. */
  highlight?: string | undefined;
  /** Each figure's primary-record check (data/records.csv), to mark figures whose record differs. */
  records?: ReadonlyMap<string, FigureRecord>;
  /**
   * Shaping the chart as the records have it (the records switch): a mark whose record differs then quotes
   * the record and names its publisher, so the tooltip never pairs the record's value with the article's words.
   */
  asRecorded?: boolean;
  /**
   * Figures whose row would read exactly like another row of the same chart (the same subject and metric cited
   * by two articles): their label names the article, so a reader can tell the rows apart. Set by shapeChart.
   */
  tellApart?: ReadonlySet<string>;
};

/**
 * The ids of figures whose subject and metric repeat within a chart (the rows a reader could not tell apart)
 * in either language: both languages then name the article, so the zh and en charts stay row for row alike.
 */
export function repeatedRows(figures: readonly Figure[]): Set<string> {
  const keys = [
    (f: Figure) => `${f.subject_en}\u0000${f.metric_en}`,
    (f: Figure) => `${f.subject_zh}\u0000${f.metric_zh}`
  ];
  const out = new Set<string>();
  for (const key of keys) {
    const count = new Map<string, number>();
    for (const f of figures) count.set(key(f), (count.get(key(f)) ?? 0) + 1);
    for (const f of figures) if ((count.get(key(f)) ?? 0) > 1) out.add(f.id);
  }
  return out;
}

/** Appended to the value label of a figure another citation contradicts; the legend and notes explain it. */
export const CONFLICT_MARK = ' †';

/** Appended to the value label of a figure whose primary record says otherwise; the note under the chart says what. */
export const RECORD_DIFFERS_MARK = ' ◆';

/** Metrics that say nothing beyond the date itself ("When", "Date"); a timeline row is named by its subject. */
const DATE_METRICS = new Set(['when', 'date', '时间', '日期']);

/**
 * How a row is called: the subject, and the metric unless `labelStyle` is 'subject' (bars, where the chart's
 * title names the metric) or the metric only says "when".
 */
export function markLabel(f: Figure, lang: Lang, labelStyle: 'subject' | 'subject-metric'): string {
  const subject = pick(f, 'subject', lang);
  const metric = pick(f, 'metric', lang);
  if (labelStyle === 'subject' || DATE_METRICS.has(f.metric_en.toLowerCase())) return subject;
  return `${subject}${t(lang).punct.colon}${metric}`;
}

/** A figure as a mark: numbers, qualifier glyph, words and links, in the chart's language. */
export function toMark(
  f: Figure,
  ctx: ShapeContext,
  labelStyle: 'subject' | 'subject-metric',
  labels: ChartMark[] = []
): ChartMark {
  const { lang } = ctx;
  const subject = pick(f, 'subject', lang);
  const metric = pick(f, 'metric', lang);
  const { punct, chartUi } = t(lang);
  const a = ctx.articles.get(f.article_id);
  const valueText = describeValue(f, lang);
  const record = ctx.records?.get(f.id);
  const recordDiffers = record?.verdict === 'differs';
  const fromRecord = ctx.asRecorded === true && recordDiffers && record !== undefined;
  const from = a && ctx.tellApart?.has(f.id) ? articleShortName(a, lang) : '';
  const citedIn = from ? punct.paren(from) : '';
  return {
    id: f.id,
    href: ctx.figureHref(f.id),
    subject,
    metric,
    label: `${markLabel(f, lang, labelStyle)}${citedIn}`,
    value: f.value,
    low: f.low,
    high: f.high,
    comparator: f.comparator,
    unit: f.unit,
    date: f.date,
    glyph: glyphFor(f.comparator),
    valueLabel: `${valueLabel(f, lang)}${f.status === 'conflicting' ? CONFLICT_MARK : ''}${recordDiffers ? RECORD_DIFFERS_MARK : ''}`,
    recordDiffers,
    valueText,
    qualifier: describeComparator(f.comparator, lang),
    ariaLabel: `${subject}${punct.comma}${metric}${citedIn}${punct.colon}${valueText}${recordDiffers ? punct.paren(chartUi.recordDiffersAside) : ''}`,
    ...(fromRecord
      ? {
          quote: record.record_quote,
          quoteLang: /[\u3400-\u9fff]/.test(record.record_quote) ? 'zh' : 'en',
          article: record.record_publisher,
          articleHref: record.record_url,
          fromRecord: true
        }
      : {
          quote: f.quote,
          quoteLang: a?.script === 'Hant' ? 'zh-Hant' : 'zh-Hans',
          article: a ? pick(a, 'label', lang) : f.article_id,
          articleHref: ctx.articleHref(f.article_id)
        }),
    status: f.status,
    statusLabel: ctx.statusNames[f.status],
    // A mark is highlighted when it is the chosen figure or carries it as a label (a share and its rank).
    highlight: ctx.highlight === f.id || labels.some((l) => l.highlight),
    labels
  };
}
