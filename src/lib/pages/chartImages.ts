import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { parseChartImage } from '../export/chartImages';
import { chartImageFile, figurePreviewFile, type ViewSource } from '../export/server/imageFiles';
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

const TYPES = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' };

// A chart has seven images per language, made one after another: shape its view once for them, not
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

/** A chart's images in a language: shaped only when the render cache does not have them (chartInputsDigest). */
export function chartImageSource(d: Dataset, def: ChartDef, lang: Lang): ViewSource {
  return {
    id: def.id,
    lang,
    digest: digestOf(chartInputsDigest(d, def), lang),
    view: () => imageView(d, def, lang)
  };
}

/**
 * A figure's preview in a language: its first chart (chartsForFigure), drawn around the figure
 * (figureWindow); null for a figure in no chart.
 */
export function figureImageSource(d: Dataset, id: string, lang: Lang): ViewSource | null {
  const first = datasetIndex(d).chartsByFigure.get(id)?.[0];
  if (!first) return null;
  const window = figureWindow(first.figures, id).join('\n');
  return {
    id: first.id,
    lang,
    digest: digestOf(chartInputsDigest(d, first), lang, id, window),
    view: () => {
      const view = chartsForFigure(d, id, lang).preview;
      if (!view) throw new Error(`figure ${id} is in chart ${first.id} but has no preview`);
      return view;
    }
  };
}

/** The response for `/charts/FILE` (FILE like `ID-4x3.png`), or 404: `vite dev` serves images with it. */
export async function chartImageResponse(d: Dataset, lang: Lang, file: string): Promise<Response> {
  const charts = datasetIndex(d).charts;
  const hit = parseChartImage(file, charts);
  const def = hit && charts.get(hit.id);
  if (!hit || !def) return new Response(`No chart image ${file}`, { status: 404 });
  const body = await chartImageFile(chartImageSource(d, def, lang), hit.image);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': TYPES[hit.image.ext] }
  });
}

/** The response for `/figures/ID.png`, or 404 for a figure in no chart: `vite dev` serves previews with it. */
export async function figureImageResponse(d: Dataset, lang: Lang, id: string): Promise<Response> {
  const source = figureImageSource(d, id, lang);
  if (!source) return new Response(`No preview image for figure ${id}`, { status: 404 });
  const png = await figurePreviewFile(source, id);
  return new Response(new Uint8Array(png), { headers: { 'content-type': TYPES.png } });
}

/**
 * The response for an image's path within the site (`/en/charts/ID-4x3.png`, `/figures/ID.png`), or 404:
 * `vite dev` serves images with it, drawn on request (a build makes them all, stageImages).
 */
export function imageResponse(d: Dataset, path: string): Promise<Response> {
  const m = /^(\/en)?\/(charts|figures)\/([^/]+)$/.exec(path);
  const lang: Lang = m?.[1] ? 'en' : 'zh';
  if (m?.[2] === 'charts') return chartImageResponse(d, lang, m[3] ?? '');
  if (m?.[2] === 'figures' && m[3]?.endsWith('.png'))
    return figureImageResponse(d, lang, m[3].slice(0, -'.png'.length));
  return Promise.resolve(new Response(`No image at ${path}`, { status: 404 }));
}
