import { chartPage, chartsForFigure } from '../../charts/views';
import { datasetIndex } from '../../data/datasetIndex';
import type { Dataset } from '../../data/validateDataset';
import { langPath } from '../../i18n';
import type { Lang } from '../../schema';
import { publicUrl } from '../../site';
import type { ChartView } from '../../charts/types';
import { CHART_IMAGES, FIGURE_PREVIEW, type ChartImage } from '../chartImages';
import { fitSlide, slideFromDrawing, slideText } from '../slideFor';
import type { SlideTheme } from '../slideTheme';
import { drawChart } from './drawChart';
import { renderPngAsync } from './renderPng';

/** A slide of a view at a size: the chart drawn on the server by the kit, as one standalone SVG. */
export function slideSvgFor(
  view: ChartView,
  o: { width: number; height: number; theme: SlideTheme; url: string }
): string {
  const fit = fitSlide(view, slideText(view, o.theme, o.url), o.width, o.height);
  const drawn = drawChart(view.model, view.legend, {
    lang: view.lang,
    label: view.title,
    width: fit.width,
    theme: o.theme
  });
  return slideFromDrawing(fit, drawn);
}

/** The figures that get a preview image: those drawn in a chart (the others have no chart to show). */
export function figuresWithPreview(d: Dataset): string[] {
  const byFigure = datasetIndex(d).chartsByFigure;
  return d.figures.map((f) => f.id).filter((id) => (byFigure.get(id)?.length ?? 0) > 0);
}

const progress = { done: 0, total: 0, t0: 0, last: 0 };

/** One line now and then while images are drawn, so a long build shows where it is. */
function tick(d: Dataset, name: string) {
  if (!progress.total) {
    progress.total = 2 * (d.charts.length * CHART_IMAGES.length + figuresWithPreview(d).length);
    progress.t0 = performance.now();
  }
  progress.done++;
  const now = performance.now();
  if (progress.done === progress.total || now - progress.last > 5000 || progress.done === 1) {
    progress.last = now;
    const s = ((now - progress.t0) / 1000).toFixed(1);
    console.log(`  images: ${progress.done} of ${progress.total} drawn in ${s} s (last: ${name})`);
  }
}

/**
 * A chart's prerendered image (CHART_IMAGES) in a language: PNG bytes or SVG text. `draw` turns the SVG
 * into PNG bytes (renderPngAsync in the build, so that pages are prerendered meanwhile).
 */
export async function chartImageFile(
  d: Dataset,
  id: string,
  lang: Lang,
  image: ChartImage,
  draw: (svg: string, width: number, height: number) => Buffer | Promise<Buffer> = renderPngAsync
): Promise<Buffer | string> {
  const page = chartPage(d, id, lang);
  if (!page) throw new Error(`chart image: no chart ${id}`);
  const svg = slideSvgFor(page.view, {
    ...image,
    url: publicUrl(langPath(lang, `/charts/${id}`))
  });
  const out = image.ext === 'svg' ? svg : await draw(svg, image.width, image.height);
  tick(d, `${langPath(lang, `/charts/${id}${image.suffix}.${image.ext}`)}`);
  return out;
}

/** A figure page's preview image: the figure's first chart with the figure highlighted; null for none. */
export async function figurePreviewFile(
  d: Dataset,
  id: string,
  lang: Lang,
  draw: (svg: string, width: number, height: number) => Buffer | Promise<Buffer> = renderPngAsync
): Promise<Buffer | null> {
  const view = chartsForFigure(d, id, lang).preview;
  if (!view) return null;
  const svg = slideSvgFor(view, { ...FIGURE_PREVIEW, url: publicUrl(langPath(lang, `/figures/${id}`)) });
  const out = await draw(svg, FIGURE_PREVIEW.width, FIGURE_PREVIEW.height);
  tick(d, langPath(lang, `/figures/${id}.png`));
  return out;
}
