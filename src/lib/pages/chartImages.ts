import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { CHART_IMAGES, parseChartImage } from '../export/chartImages';
import { imagesBuilt } from '../export/imagesBuilt';
import { chartImageFile, figurePreviewFile } from '../export/server/imageFiles';
import { chartInputsDigest, digestOf } from '../export/server/renderInputs';
import { figureWindow } from '../charts/figureWindow';
import type { ChartView } from '../charts/types';
import { t } from '../i18n';
import type { ChartDef, Lang } from '../schema';
import { firstPart } from './chartPartPage';
import { chartsForFigure } from './chartsForFigure';
import { chartView } from './chartView';

/** The figures that get a preview image: those drawn in a chart (the others have no chart to show). */
export function figuresWithPreview(d: Pick<Dataset, 'figures' | 'articles' | 'charts'>): string[] {
  const byFigure = datasetIndex(d).chartsByFigure;
  return d.figures.map((f) => f.id).filter((id) => (byFigure.get(id)?.length ?? 0) > 0);
}

const counts = new WeakMap<object, number>();

/**
 * How many images the build draws, in both languages: the denominator of its progress lines. Once per
 * dataset: every image asks, and counting walks every figure (at 1,000 articles, 76,000 × 20,000 steps).
 */
function imageCount(d: Pick<Dataset, 'figures' | 'articles' | 'charts'>): number {
  let n = counts.get(d);
  if (n === undefined) {
    n = 2 * (d.charts.length * CHART_IMAGES.length + figuresWithPreview(d).length);
    counts.set(d, n);
  }
  return n;
}

/** The prerender entries of the chart images with extension `ext`, in both languages. */
export function chartImageEntries(d: Dataset, ext: 'png' | 'svg'): { lang?: string; file: string }[] {
  if (!imagesBuilt()) return [];
  const files = d.charts.flatMap((c) =>
    CHART_IMAGES.filter((i) => i.ext === ext).map((i) => `${c.id}${i.suffix}`)
  );
  return [...files.map((file) => ({ file })), ...files.map((file) => ({ lang: 'en', file }))];
}

/** The prerender entries of the figure preview images, in both languages. */
export function figureImageEntries(d: Dataset): { lang?: string; id: string }[] {
  if (!imagesBuilt()) return [];
  const ids = figuresWithPreview(d);
  return [...ids.map((id) => ({ id })), ...ids.map((id) => ({ lang: 'en', id }))];
}

const TYPES = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' };

// A chart has seven images per language, prerendered one after another: shape its view once for them, not
// once per image (at 1,000 articles that is ~40,000 shapings a build spared). The few most recent views are
// kept, so memory stays flat however many charts there are.
const recent = new Map<string, { d: object; view: ChartView }>();
const RECENT = 32;

function imageView(d: Dataset, def: ChartDef, lang: Lang): ChartView {
  const key = `${lang} ${def.id}`;
  const hit = recent.get(key);
  if (hit?.d === d) return hit.view;
  const view = drawnView(d, def, lang);
  recent.delete(key);
  recent.set(key, { d, view });
  if (recent.size > RECENT) recent.delete(recent.keys().next().value ?? key);
  return view;
}

/**
 * What a chart's images draw: the whole chart, or the first part of a chart too large for one page, its
 * title numbered as the deck numbers parts and its first note saying which rows of how many it shows (the
 * URL at the foot leads to all of them). A 5,000-figure chart on one slide would be marks too small to see.
 */
function drawnView(d: Dataset, def: ChartDef, lang: Lang): ChartView {
  const got = firstPart(d, def.id, lang);
  if (!got?.parts) return got?.view ?? chartView(d, def, lang);
  const { view, parts } = got;
  const title = t(lang).present.partTitle(view.title, parts.n, parts.count);
  return { ...view, title, notes: [parts.label, ...view.notes] };
}

/** The response for `/charts/FILE` (FILE like `ID-4x3.png`), or 404. */
export async function chartImageResponse(d: Dataset, lang: Lang, file: string): Promise<Response> {
  const charts = datasetIndex(d).charts;
  const hit = parseChartImage(file, charts);
  const def = hit && charts.get(hit.id);
  if (!hit || !def) return new Response(`No chart image ${file}`, { status: 404 });
  // The view is shaped only when the render cache does not have the image (see chartInputsDigest).
  const source = {
    id: def.id,
    lang,
    digest: digestOf(chartInputsDigest(d, def), lang),
    view: () => imageView(d, def, lang)
  };
  const body = await chartImageFile(source, hit.image, { total: imageCount(d) });
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': TYPES[hit.image.ext] }
  });
}

/** The response for `/figures/ID.png`, or 404 for a figure in no chart. */
export async function figureImageResponse(d: Dataset, lang: Lang, id: string): Promise<Response> {
  // The preview is the figure's first chart (chartsForFigure), drawn around the figure (figureWindow).
  const first = datasetIndex(d).chartsByFigure.get(id)?.[0];
  if (!first) return new Response(`No preview image for figure ${id}`, { status: 404 });
  const window = figureWindow(first.figures, id).join('\n');
  const source = {
    id: first.id,
    lang,
    digest: digestOf(chartInputsDigest(d, first), lang, id, window),
    view: () => {
      const view = chartsForFigure(d, id, lang).preview;
      if (!view) throw new Error(`figure ${id} is in chart ${first.id} but has no preview`);
      return view;
    }
  };
  const png = await figurePreviewFile(source, id, { total: imageCount(d) });
  return new Response(new Uint8Array(png), { headers: { 'content-type': TYPES.png } });
}
