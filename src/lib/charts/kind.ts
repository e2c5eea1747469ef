import type { Strings } from '../i18n/strings';
import type { ChartDef, Figure, Lang, Unit } from '../schema';
import type { ChartRules } from '../schema/chartRules';
import type { ShapeContext } from './marks';
import type { PartPlan } from './partPlan';
import type { ChartMark, ChartModel, Glyph, LegendItem } from './types';

/** The interface text a chart is shaped and described with, in its language. */
export type ChartUi = Strings['chartUi'];

/** What every type's legend is built from (legend.ts makes it): the glyph and highlight entries. */
export type LegendKit = {
  ui: ChartUi;
  /** An entry per qualifier `marks` use, in the fixed order, drawn as `shape`; `skip` leaves some out. */
  glyphs: (marks: readonly ChartMark[], shape: LegendItem['shape'], skip?: Glyph[]) => LegendItem[];
  /** The highlighted subjects of `marks`, if any, as one entry. */
  highlight: (marks: readonly ChartMark[], shape: LegendItem['shape']) => LegendItem[];
};

/** What every type's summary sentence is written with (summary.ts makes it), in the chart's language. */
export type SummaryKit = {
  punct: Strings['punct'];
  say: Strings['summary'];
  /** "label: value in words". */
  item: (m: ChartMark) => string;
  /** Items joined by the language's semicolon. */
  list: (xs: string[]) => string;
};

/**
 * A chart as an office program's own bar chart takes it (export/buildPptx.ts): categories down the axis and a
 * value per series in each. A category that is one mark carries it, so the slide can label it with the
 * mark's qualifier and labels; a series named null is the chart's metric.
 */
export type NativeChart = {
  categories: { label: string; mark: ChartMark | null; highlight: boolean }[];
  series: { name: string | null; values: number[] }[];
  unit: Unit;
};

/** What every layout has: its size in user units; the rest is the type's own (and its component's). */
export type ChartLayout = { width: number; height: number };

/**
 * What drawing and exporting a shaped chart of a type needs (`charts/<type>/draw.ts`): small, so the browser
 * code that lays a chart out (Chart.svelte, the downloads) loads this half and not the shaping.
 */
export type ChartDrawing<M extends ChartModel, L extends ChartLayout> = {
  /** The model in coordinates at a width; its height follows from the width. */
  layout: (model: M, opts: { width: number; lang: Lang }) => L;
  /** The marks the chart draws, in its order, each with its labels (the data table lists both). */
  marks: (model: M) => ChartMark[];
  /** The chart as a native office chart, null when this one cannot be drawn so honestly; absent: never. */
  native?: (model: M) => NativeChart | null;
};

/**
 * Everything the site knows about one chart type, in its own folder (`charts/<type>/index.ts`), as
 * Observable Plot keeps a module per mark: the registry (registry.ts) looks a type up, so no module outside
 * the folder switches on it. The component that draws the layout is the Svelte half of the kind: it is
 * registered in Chart.svelte, since Node scripts (the desk server) load this half and cannot load Svelte.
 */
export type ChartKind<M extends ChartModel, L extends ChartLayout> = {
  /** Its drawing half (also in drawings.ts's DRAWINGS, which browser code looks up instead). */
  drawing: ChartDrawing<M, L>;
  /** A definition and its figures (in the definition's order) as the type's model: no pixels. */
  shape: (def: ChartDef, figures: readonly Figure[], ctx: ShapeContext, ui: ChartUi) => M;
  /** The legend entries of the kinds of mark the chart uses, in a fixed order. */
  legend: (model: M, kit: LegendKit) => LegendItem[];
  /** The text alternative, generated from the marks the chart draws. */
  summary: (model: M, kit: SummaryKit) => string;
  /** The sections a chart is cut into parts along (modelParts), and how a part is built from rows. */
  parts: (model: M) => PartPlan<M>;
  /** What the validator checks of the type: its entry in the vocabulary (CHART_RULES). */
  rules: ChartRules;
};
