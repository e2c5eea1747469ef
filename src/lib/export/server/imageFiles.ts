import type { ChartView } from '../../charts/types';
import { langPath } from '../../i18n';
import { publicUrl } from '../../site';
import { FIGURE_PREVIEW, type ChartImage } from '../chartImages';
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

const progress = { done: 0, total: 0, t0: 0, last: 0 };

/**
 * One line now and then while images are drawn, so a long build shows where it is; `total` is how many
 * images the build draws in all.
 */
function tick(total: number, name: string) {
  if (!progress.total) {
    progress.total = total;
    progress.t0 = performance.now();
  }
  progress.done++;
  const now = performance.now();
  if (progress.done === progress.total || now - progress.last > 5000 || progress.done === 1) {
    progress.last = now;
    const s = ((now - progress.t0) / 1000).toFixed(1);
    const of = progress.total ? ` of ${progress.total}` : '';
    console.log(`  images: ${progress.done}${of} drawn in ${s} s (last: ${name})`);
  }
}

type Draw = (svg: string, width: number, height: number) => Buffer | Promise<Buffer>;

/**
 * A chart's prerendered image (CHART_IMAGES) of its view, in the view's language: PNG bytes or SVG text.
 * `draw` turns the SVG into PNG bytes (renderPngAsync in the build, so that pages are prerendered meanwhile);
 * `total` counts the build's images for its progress lines.
 */
export async function chartImageFile(
  view: ChartView,
  image: ChartImage,
  { draw = renderPngAsync, total = 0 }: { draw?: Draw; total?: number } = {}
): Promise<Buffer | string> {
  const { id, lang } = view;
  const svg = slideSvgFor(view, { ...image, url: publicUrl(langPath(lang, `/charts/${id}`)) });
  const out = image.ext === 'svg' ? svg : await draw(svg, image.width, image.height);
  tick(total, `${langPath(lang, `/charts/${id}${image.suffix}.${image.ext}`)}`);
  return out;
}

/** A figure page's preview image: `view` is the figure's first chart with the figure highlighted. */
export async function figurePreviewFile(
  view: ChartView,
  id: string,
  { draw = renderPngAsync, total = 0 }: { draw?: Draw; total?: number } = {}
): Promise<Buffer> {
  const { lang } = view;
  const svg = slideSvgFor(view, { ...FIGURE_PREVIEW, url: publicUrl(langPath(lang, `/figures/${id}`)) });
  const out = await draw(svg, FIGURE_PREVIEW.width, FIGURE_PREVIEW.height);
  tick(total, langPath(lang, `/figures/${id}.png`));
  return out;
}
