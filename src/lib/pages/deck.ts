import { legendFor } from '../charts/legend';
import { modelParts } from '../charts/modelParts';
import { modelRows } from '../charts/rows';
import { summarizeChart } from '../charts/summary';
import type { ChartModel, ChartView } from '../charts/types';
import { datasetIndex } from '../data/datasetIndex';
import { t } from '../i18n';
import { sourceLine } from '../provenance';
import type { ChartDef, Figure, Lang } from '../schema';
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
  const figures = datasetIndex(d).figures;
  const articles = datasetIndex(d).articles;
  return defs.flatMap((def) => {
    const view = compactView(chartView(d, def, lang));
    const parts = modelParts(view.model, (m) => stageLayout(m, lang).width <= STAGE_READABLE_WIDTH);
    if (parts.length === 1)
      return [{ key: def.id, view, stage: stageLayout(view.model, lang), part: 1, parts: 1 }];
    return parts.map((model, i) => {
      const part = partView(view, model, i + 1, parts.length, (ids) => {
        const own = ids.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined);
        return sourceLine(own, articles, lang);
      });
      return {
        key: `${def.id}/${i + 1}`,
        view: part,
        stage: stageLayout(model, lang),
        part: i + 1,
        parts: parts.length
      };
    });
  });
}

function partView(
  view: ChartView,
  model: ChartModel,
  part: number,
  parts: number,
  source: (ids: string[]) => string
): ChartView {
  const ids = modelRows(model).map((m) => m.id);
  const shown = new Set(ids);
  return {
    ...view,
    title: t(view.lang).present.partTitle(view.title, part, parts),
    model,
    legend: legendFor(model, view.lang),
    summary: summarizeChart(model, view.lang),
    source: source(ids),
    // A slide draws the chart as the article cited it; the records' values stay on the chart's page.
    recordModel: null,
    recordNotes: view.recordNotes.filter((n) => shown.has(n.id)),
    figureCount: ids.length
  };
}

export type DeckPage = { lang: Lang; slides: DeckSlide[]; charts: number; total: number; perTopic: number };

/**
 * /present: the charts in file order (the curator's order), at most GALLERY_PER_TOPIC of a topic, each chart
 * or each part of a chart too tall to read on one slide with its layout for the stage (the layout the
 * browser keeps: see setFixedLayout).
 */
export function deckPage(d: ChartData, lang: Lang): DeckPage {
  const defs = firstPerTopic(d.charts, GALLERY_PER_TOPIC);
  return {
    lang,
    slides: deckSlides(d, defs, lang),
    charts: defs.length,
    total: d.charts.length,
    perTopic: GALLERY_PER_TOPIC
  };
}
