import type { Dataset } from '../../data/validateDataset';
import type { Lang } from '../../schema';
import { CHART_IMAGES, parseChartImage } from '../chartImages';
import { imagesBuilt } from '../imagesBuilt';
import { chartImageFile, figurePreviewFile, figuresWithPreview } from './imageFiles';

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

/** The response for `/charts/FILE` (FILE like `ID-4x3.png`), or 404. */
export async function chartImageResponse(d: Dataset, lang: Lang, file: string): Promise<Response> {
  const hit = parseChartImage(file, new Set(d.charts.map((c) => c.id)));
  if (!hit) return new Response(`No chart image ${file}`, { status: 404 });
  const body = await chartImageFile(d, hit.id, lang, hit.image);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': TYPES[hit.image.ext] }
  });
}

/** The response for `/figures/ID.png`, or 404 for a figure in no chart. */
export async function figureImageResponse(d: Dataset, lang: Lang, id: string): Promise<Response> {
  const png = await figurePreviewFile(d, id, lang);
  if (!png) return new Response(`No preview image for figure ${id}`, { status: 404 });
  return new Response(new Uint8Array(png), { headers: { 'content-type': TYPES.png } });
}
