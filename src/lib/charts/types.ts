import type { ChartScale, ChartType, Comparator, Figure, Lang, Topic, Unit } from '../schema';

/**
 * How a qualifier is drawn. exact: a solid mark; approximate (~): a hollow, dashed mark; lower bound (> >=):
 * a stop with an arrow fading to the right; upper bound (< <=): the same to the left; range: a bar from low
 * to high.
 */
export type Glyph = 'solid' | 'hollow' | 'lower' | 'upper' | 'range';

/**
 * One figure as a chart shows it: its numbers, its qualifier, its words in the chart's language and the
 * page it links to. No pixels: the layout of each chart type turns marks into coordinates.
 */
export type ChartMark = {
  /** The figure id: the key of every `{#each}`, and the last segment of `href`. */
  id: string;
  /** The figure page in the chart's language (`/figures/id` or `/en/figures/id`). */
  href: string;
  subject: string;
  metric: string;
  /** What the mark is called on the chart (a bar's subject, an interval row's subject and metric). */
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  comparator: Comparator;
  unit: Unit;
  /** The partial date of a dated figure, as in the data (`2018-09-17`, `--07`, `2024-H2`); '' otherwise. */
  date: string;
  glyph: Glyph;
  /** Short, with the qualifier's symbol: "≈1,800 people", ">100 papers", "200–900 people". */
  valueLabel: string;
  /** In words, with the qualifier: "about 1,800 people". */
  valueText: string;
  /** The qualifier alone in words: "approximate", "lower bound (more than)". */
  qualifier: string;
  /** The accessible name of the mark's link: subject, metric and the value with its qualifier. */
  ariaLabel: string;
  /** The verbatim quote, and the BCP 47 tag of the article's script. */
  quote: string;
  quoteLang: string;
  article: string;
  articleHref: string;
  status: Figure['status'];
  statusLabel: string;
  /** The figure's primary record says something else (records.csv verdict `differs`). */
  recordDiffers: boolean;
  /**
   * Drawn as the record has it (records switch): `quote` is then the record's words, `article` its publisher
   * and `articleHref` the record's URL.
   */
  fromRecord?: boolean;
  highlight: boolean;
  /** Figures drawn as text beside this mark (a rank beside its share). */
  labels: ChartMark[];
};

export type BarModel = {
  type: 'bar';
  unit: Unit;
  /** Fixed ends of the value axis (from the chart's `axes`); null lets the data decide. */
  min: number | null;
  max: number | null;
  /** Sorted by value, largest first. */
  marks: ChartMark[];
};

export type BarSeries = { key: string; label: string };

export type GroupedBarModel = {
  type: 'grouped-bar';
  unit: Unit;
  min: number | null;
  max: number | null;
  series: BarSeries[];
  groups: { key: string; label: string; marks: (ChartMark & { series: number })[] }[];
};

/** One band of an interval chart: one unit on its own axis. */
export type IntervalFacet = {
  unit: Unit;
  /** The band's heading (the unit's name); '' when the chart has a single band that needs none. */
  title: string;
  scale: ChartScale;
  min: number | null;
  max: number | null;
  marks: ChartMark[];
  /**
   * The values are lengths measured from zero (durations: "6 years", "2 months"): a point is drawn with a stem
   * from the axis's zero, so a band of one value reads as a length rather than a lone dot at the right edge.
   */
  lengths?: boolean;
};

export type IntervalModel = { type: 'interval' | 'dot-log'; facets: IntervalFacet[] };

/** How precisely the article dates an event. `years` is an interval of whole years (2017/2022). */
export type SpanPrecision = 'day' | 'month' | 'season' | 'half' | 'year' | 'years';

/** A dated figure placed on the absolute time axis: [start, end) in UTC milliseconds. */
export type AbsoluteSpan = { kind: 'absolute'; precision: SpanPrecision; start: number; end: number };

/**
 * A date without a year (`--07-23`, `--03`): it can only be placed within a year, in months from 1 January
 * ([start, end) in fractional months, 0–12). Never on the absolute axis: the year would be invented.
 */
export type NoYearSpan = {
  kind: 'no-year';
  precision: 'day' | 'month';
  month: number;
  day: number | null;
  start: number;
  end: number;
};

export type DateSpan = AbsoluteSpan | NoYearSpan;

export type TimelineEvent = ChartMark & { span: DateSpan };

export type TimelineModel = {
  type: 'timeline';
  /**
   * The time axis of the whole chart, [start, end) in UTC milliseconds, when the model is one part of it
   * (modelParts), so that every part dates on the same years; otherwise the dated events decide.
   */
  years?: [number, number];
  /** Events with a year, ordered by start. */
  dated: (ChartMark & { span: AbsoluteSpan })[];
  /** Events without a year, ordered by month then day. */
  undated: (ChartMark & { span: NoYearSpan })[];
  /** Durations (years, months): one interval band per unit. */
  durations: IntervalFacet[];
};

export type ChartModel = BarModel | GroupedBarModel | IntervalModel | TimelineModel;

/** A legend entry: which kind of mark, and what it means in the chart's language. */
export type LegendKey =
  | Glyph
  | 'highlight'
  | 'conflicting'
  | 'record-differs'
  | 'series-0'
  | 'series-1'
  | 'series-2'
  | 'series-3'
  | 'day'
  | 'month'
  | 'season'
  | 'half'
  | 'year'
  | 'years'
  | 'no-year';
/** `shape` says whether the chart draws values as bars or as points (the legend draws the same). */
export type LegendItem = { key: LegendKey; label: string; shape: 'bar' | 'point' };

/** Everything a chart needs to render, in one language: shaped on the server, drawn by the components. */
export type ChartView = {
  id: string;
  type: ChartType;
  topic: Topic;
  lang: Lang;
  /** The chart's own page. */
  href: string;
  title: string;
  subtitle: string;
  notes: string[];
  /** "Source: …" computed by sourceLine() from the figures' provenance. */
  source: string;
  /** The text alternative: one or two sentences generated from the data. */
  summary: string;
  legend: LegendItem[];
  model: ChartModel;
  /**
   * The same chart drawn with the primary records' values where a record differs and states a value (the
   * article's figure kept elsewhere); null when no record differs.
   */
  recordModel: ChartModel | null;
  /** Figures whose record differs: what the article says, what the record says, and where to read more. */
  recordNotes: { id: string; href: string; label: string; articleSays: string; recordSays: string }[];
  /**
   * The data table: every figure of the chart (marks and their labels) in the chart's order. Empty in a
   * compact view (compactView), which draws no table; `figureCount` still counts them.
   */
  rows: ChartMark[];
  figureCount: number;
};

/** A tick of an axis; `anchor` keeps the first and last labels inside the chart. */
export type Tick = {
  value: number;
  x: number;
  label: string;
  labelX: number;
  anchor: 'start' | 'middle' | 'end';
};
