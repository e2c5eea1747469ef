import type { ChartView } from '../../charts/types';
import type { Lang } from '../../schema';
import { langPath } from '../../i18n';
import { publicUrl } from '../../site';
import { FIGURE_PREVIEW, type ChartImage } from '../chartImages';
import { fitSlide, slideFromDrawing, slideText } from '../slideFor';
import type { SlideTheme } from '../slideTheme';
import { drawChart } from './drawChart';
import {
  entryPath,
  imageCacheDir,
  readCachedPng,
  readCachedSvg,
  readInputRef,
  writeCachedSvg,
  writeInputRef
} from './imageCache';
import { imageStats, reportImageStats, timed } from './imageStats';
import { placeImage } from './placeImage';
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
  imageStats.images++;
  const now = performance.now();
  if (progress.done === progress.total) console.log(reportImageStats((now - progress.t0) / 1000));
  else if (now - progress.last > 5000 || progress.done === 1) {
    progress.last = now;
    const s = ((now - progress.t0) / 1000).toFixed(1);
    const of = progress.total ? ` of ${progress.total}` : '';
    console.log(`  images: ${progress.done}${of} drawn in ${s} s (last: ${name})`);
  }
}

type Draw = (svg: string, width: number, height: number) => Buffer | Promise<Buffer>;

/**
 * What an image is drawn from: a chart's view, or a digest of what the view would be shaped from
 * (renderInputs' chartInputsDigest) and how to shape it: then the view is shaped only when the image is not
 * in the render cache.
 */
export type ViewSource = ChartView | { id: string; lang: Lang; digest: string; view: () => ChartView };

function sourceOf(s: ViewSource): { id: string; lang: Lang; digest: () => string; view: () => ChartView } {
  return 'digest' in s
    ? { ...s, digest: () => s.digest }
    : { id: s.id, lang: s.lang, digest: () => viewDigest(s), view: () => s };
}

type Spec = { ext: 'png' | 'svg'; width: number; height: number; theme: SlideTheme };

/** The image an input key led to last time, when its entries are whole; null otherwise. */
function fromCache(dir: string, inputKey: string, spec: Spec): Made | null {
  const ref = readInputRef(dir, inputKey);
  if (!ref || ref.ext !== spec.ext) return null;
  const bytes =
    ref.ext === 'svg' ? readCachedSvg(dir, ref.key) : readCachedPng(dir, ref.key, spec.width, spec.height);
  return bytes === null ? null : { bytes, file: entryPath(dir, `${ref.key}.${ref.ext}`) };
}

/** An image's bytes, and the render-cache file that holds them (null when there is no cache). */
type Made = { bytes: Buffer | string; file: string | null };

/**
 * An image of a view: from the render cache when the same input was drawn before (no SVG made, no PNG
 * drawn), otherwise made and kept. A given `draw` (tests) bypasses the cache.
 */
async function imageOf(source: ViewSource, spec: Spec, url: string, draw?: Draw): Promise<Made> {
  const src = sourceOf(source);
  const make = () => {
    imageStats.svgs++;
    return timed('svgMs', () => slideSvgFor(src.view(), { ...spec, url }));
  };
  const dir = draw ? null : imageCacheDir();
  if (!dir) {
    const svg = make();
    const bytes = spec.ext === 'svg' ? svg : await (draw ?? renderPngAsync)(svg, spec.width, spec.height);
    return { bytes, file: null };
  }
  const inputKey = timed('cacheMs', () => imageInputKey(src.digest(), spec, url));
  const hit = timed('cacheMs', () => fromCache(dir, inputKey, spec));
  if (hit !== null) {
    imageStats.inputHits++;
    return hit;
  }
  const svg = make();
  if (spec.ext === 'svg') {
    const key = timed('cacheMs', () => writeCachedSvg(dir, svg));
    timed('cacheMs', () => writeInputRef(dir, inputKey, 'svg', key));
    return { bytes: svg, file: entryPath(dir, `${key}.svg`) };
  }
  const { png, key } = await renderPngCached(dir, svg, spec.width, spec.height);
  timed('cacheMs', () => writeInputRef(dir, inputKey, 'png', key));
  return { bytes: png, file: entryPath(dir, `${key}.png`) };
}

/**
 * Options of an image file: a given `draw` turns the SVG into PNG bytes without the cache (tests); `total`
 * counts the build's images for its progress lines; `place` is where the build wants the file (placeImage).
 */
type FileOptions = { draw?: Draw; total?: number; place?: string };

function placed(made: Made, place: string | undefined): Buffer | string {
  if (place) timed('cacheMs', () => placeImage(made, place));
  return made.bytes;
}

/**
 * A chart's image made at build time (CHART_IMAGES) of its view, in the view's language: PNG bytes or SVG text,
 * through the render cache.
 */
export async function chartImageFile(
  view: ViewSource,
  image: ChartImage,
  { draw, total = 0, place }: FileOptions = {}
): Promise<Buffer | string> {
  const { id, lang } = view;
  const out = await imageOf(view, image, publicUrl(langPath(lang, `/charts/${id}`)), draw);
  tick(total, `${langPath(lang, `/charts/${id}${image.suffix}.${image.ext}`)}`);
  return placed(out, place);
}

/** A figure page's preview image: `view` is the figure's first chart with the figure highlighted. */
export async function figurePreviewFile(
  view: ViewSource,
  id: string,
  { draw, total = 0, place }: FileOptions = {}
): Promise<Buffer> {
  const { lang } = view;
  const spec = { ...FIGURE_PREVIEW, ext: 'png' } as const;
  const out = await imageOf(view, spec, publicUrl(langPath(lang, `/figures/${id}`)), draw);
  tick(total, langPath(lang, `/figures/${id}.png`));
  return placed(out, place) as Buffer;
}
