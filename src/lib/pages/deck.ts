import { legendFor } from '../charts/legend';
import { modelParts } from '../charts/modelParts';
import { modelRows } from '../charts/rows';
import { summarizeChart } from '../charts/summary';
import type { ChartModel, ChartView } from '../charts/types';
import { t } from '../i18n';
import type { ChartDef, Lang } from '../schema';
import { firstPerTopic, GALLERY_PER_TOPIC } from './chartsByTopic';
import { chartView, compactView, type ChartData } from './chartView';
import { stageLayout, STAGE_READABLE_WIDTH, type StageLayout } from './stageLayout';

/** One slide of the deck: a chart, or one part of a chart too tall to read on one slide. */
export type DeckSlide = {
  /** Unique in the deck: the chart's id, and the part's number when the chart is cut. */
  key: string;
  view: ChartView;
  stage: StageLayout;
  part: number;
  parts: number;
};

/**
 * The slides of `defs`: each chart on one slide when its type is readable there, otherwise cut into parts
 * (modelParts) at the widest stage layout at which its labels stay readable. A part is a chart of its own
 * figures: its legend, text alternative and source line say only what it shows; its title says which part.
 */
export function deckSlides(d: ChartData, defs: readonly ChartDef[], lang: Lang): DeckSlide[] {
  return defs.flatMap((def) => {
    const view = compactView(chartView(d, def, lang));
    const parts = modelParts(view.model, (m) => stageLayout(m, lang).width <= STAGE_READABLE_WIDTH);
    if (parts.length === 1)
      return [{ key: def.id, view, stage: stageLayout(view.model, lang), part: 1, parts: 1 }];
    return parts.map((model, i) => ({
      key: `${def.id}/${i + 1}`,
      view: partView(d, def, view, model, i + 1, parts.length),
      stage: stageLayout(model, lang),
      part: i + 1,
      parts: parts.length
    }));
  });
}

/**
 * One part of a chart cut across slides: the chart's view of the part's own figures (chartView: their
 * source line and record notes), drawing the cut of the whole chart's model on its axes, titled with the
 * part's number.
 */
function partView(
  d: ChartData,
  def: ChartDef,
  whole: ChartView,
  model: ChartModel,
  part: number,
  parts: number
): ChartView {
  const shown = new Set(modelRows(model).map((m) => m.id));
  const own = compactView(
    chartView(d, { ...def, figures: def.figures.filter((f) => shown.has(f)) }, whole.lang)
  );
  return {
    ...own,
    title: t(whole.lang).present.partTitle(whole.title, part, parts),
    model,
    // What the slide draws is the cut of the whole chart, on its axes: the figures shaped alone can read
    // otherwise (a bar chart's rank labels), so the legend and text alternative describe the cut.
    legend: legendFor(model, whole.lang),
    summary: summarizeChart(model, whole.lang),
    // A slide draws the chart as the article cited it; the records' values stay on the chart's page.
    recordModel: null,
    figureCount: shown.size
  };
}

export type DeckPage = {
  lang: Lang;
  slides: DeckSlide[];
  charts: number;
  total: number;
  perTopic: number;
  /** The slides' tooltips come from the enhancement script, which the root layout links. */
  enhance: boolean;
};

/**
 * /present: the charts in file order (the curator's order), at most GALLERY_PER_TOPIC of a topic, each chart
 * or each part of a chart too tall to read on one slide with its layout for the stage (the layout the
 * browser keeps: see setFixedLayout).
 */
export function deckPage(d: ChartData, lang: Lang): DeckPage {
  const defs = firstPerTopic(d.charts, GALLERY_PER_TOPIC);
  const slides = deckSlides(d, defs, lang);
  return {
    lang,
    slides,
    enhance: slides.length > 0,
    charts: defs.length,
    total: d.charts.length,
    perTopic: GALLERY_PER_TOPIC
  };
}
