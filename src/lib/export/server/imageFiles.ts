import { chartView, chartsForFigure } from '../../charts/views';
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
import { imageStats, reportImageStats, timed } from './imageStats';
import {
  imageCacheDir,
  readCachedPng,
  readCachedSvg,
  readInputRef,
  writeCachedSvg,
  writeInputRef
} from './imageCache';
import { renderPngAsync, renderPngCached } from './renderPng';
import { imageInputKey, viewDigest } from './renderInputs';

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
  imageStats.images++;
  const now = performance.now();
  if (progress.done === progress.total) console.log(reportImageStats((now - progress.t0) / 1000));
  else if (now - progress.last > 5000 || progress.done === 1) {
    progress.last = now;
    const s = ((now - progress.t0) / 1000).toFixed(1);
    console.log(`  images: ${progress.done} of ${progress.total} drawn in ${s} s (last: ${name})`);
  }
}

type Draw = (svg: string, width: number, height: number) => Buffer | Promise<Buffer>;

// A chart's view digest, per dataset, chart and language: its seven images (and a rebuild that finds them
// all cached) shape and serialize the chart once, not once per image.
const chartDigests = new WeakMap<Dataset, Map<string, string>>();

function chartDigest(d: Dataset, key: string, view: () => ChartView): string {
  let byChart = chartDigests.get(d);
  if (!byChart) chartDigests.set(d, (byChart = new Map()));
  let digest = byChart.get(key);
  if (digest === undefined) byChart.set(key, (digest = timed('svgMs', () => viewDigest(view()))));
  return digest;
}
type Spec = { ext: 'png' | 'svg'; width: number; height: number; theme: SlideTheme };

/** The image an input key led to last time, when its entries are whole; null otherwise. */
function fromCache(dir: string, inputKey: string, spec: Spec): Buffer | string | null {
  const ref = readInputRef(dir, inputKey);
  if (!ref || ref.ext !== spec.ext) return null;
  return ref.ext === 'svg'
    ? readCachedSvg(dir, ref.key)
    : readCachedPng(dir, ref.key, spec.width, spec.height);
}

/**
 * An image of a view: from the render cache when the same input was drawn before (no SVG made, no PNG
 * drawn), otherwise made and kept. A given `draw` (tests) bypasses the cache.
 */
async function imageOf(
  view: () => ChartView,
  digest: () => string,
  spec: Spec,
  url: string,
  draw?: Draw
): Promise<Buffer | string> {
  const make = () => {
    imageStats.svgs++;
    const v = timed('svgMs', view);
    return timed('svgMs', () => slideSvgFor(v, { ...spec, url }));
  };
  const dir = draw ? null : imageCacheDir();
  if (!dir) {
    const svg = make();
    return spec.ext === 'svg' ? svg : (draw ?? renderPngAsync)(svg, spec.width, spec.height);
  }
  const inputKey = timed('cacheMs', () => imageInputKey(digest(), spec, url));
  const hit = timed('cacheMs', () => fromCache(dir, inputKey, spec));
  if (hit !== null) {
    imageStats.inputHits++;
    return hit;
  }
  const svg = make();
  if (spec.ext === 'svg') {
    timed('cacheMs', () => writeInputRef(dir, inputKey, 'svg', writeCachedSvg(dir, svg)));
    return svg;
  }
  const { png, key } = await renderPngCached(dir, svg, spec.width, spec.height);
  timed('cacheMs', () => writeInputRef(dir, inputKey, 'png', key));
  return png;
}

/**
 * A chart's prerendered image (CHART_IMAGES) in a language: PNG bytes or SVG text. `draw` turns the SVG
 * into PNG bytes without the render cache (tests); the build draws through the cache on worker threads.
 */
export async function chartImageFile(
  d: Dataset,
  id: string,
  lang: Lang,
  image: ChartImage,
  draw?: Draw
): Promise<Buffer | string> {
  const def = datasetIndex(d).charts.get(id);
  if (!def) throw new Error(`chart image: no chart ${id}`);
  let shaped: ChartView | null = null;
  const view = () => (shaped ??= chartView(d, def, lang));
  const digest = () => chartDigest(d, `${lang} ${id}`, view);
  const out = await imageOf(view, digest, image, publicUrl(langPath(lang, `/charts/${id}`)), draw);
  tick(d, `${langPath(lang, `/charts/${id}${image.suffix}.${image.ext}`)}`);
  return out;
}

/** A figure page's preview image: the figure's first chart with the figure highlighted; null for none. */
export async function figurePreviewFile(
  d: Dataset,
  id: string,
  lang: Lang,
  draw?: Draw
): Promise<Buffer | null> {
  const view = timed('svgMs', () => chartsForFigure(d, id, lang).preview);
  if (!view) return null;
  const spec = { ...FIGURE_PREVIEW, ext: 'png' } as const;
  const digest = () => viewDigest(view);
  const out = await imageOf(() => view, digest, spec, publicUrl(langPath(lang, `/figures/${id}`)), draw);
  tick(d, langPath(lang, `/figures/${id}.png`));
  return out as Buffer;
}
