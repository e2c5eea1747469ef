import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { datasetIndex } from '../../data/datasetIndex';
import type { Dataset } from '../../data/dataset';
import type { ChartDef } from '../../schema';
import { BASE_PATH, SITE_URL } from '../../site';

/**
 * Everything besides a chart's view that decides the SVG drawn of it: the source of src/lib (the chart kit,
 * the slide composer, the text measure, the stylesheet they apply), the locked dependency versions (Svelte,
 * D3), the build's Svelte and Vite settings and where the site is published. Read once per build; a change
 * to any of them gives every image a new input key, and the drawing cache (keyed by SVG) still spares
 * resvg for the images whose SVG came out the same.
 */
export function drawingCodeFingerprint(root = '.'): string {
  const h = createHash('sha256');
  const add = (path: string) => {
    h.update(`${path}\0`);
    try {
      h.update(readFileSync(join(root, path)));
    } catch {
      h.update('(missing)');
    }
  };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch {
      // Without the source (a build run from elsewhere), no two builds may share input keys.
      h.update(`no ${dir} ${process.pid} ${Date.now()}`);
      return;
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else add(path);
    }
  };
  walk('src/lib');
  for (const f of ['package-lock.json', 'svelte.config.js', 'vite.config.ts']) add(f);
  h.update(`site ${SITE_URL}\0base ${BASE_PATH}`);
  return h.digest('hex');
}

let code: string | null = null;

const digests = new WeakMap<object, string>();

/**
 * A digest of what an image is drawn from (a chart's view, as JSON); once per view object, as the seven
 * images of a chart in a language share their view.
 */
export function viewDigest(view: object): string {
  let d = digests.get(view);
  if (d === undefined) {
    d = createHash('sha256').update(JSON.stringify(view)).digest('hex');
    digests.set(view, d);
  }
  return d;
}

/**
 * The input key of an image: a digest of the view it is drawn from (viewDigest), the image's size, theme and
 * format, the public URL printed in it, and the drawing code's fingerprint. The same key promises the same
 * SVG, so an image whose key is cached needs neither its SVG made nor its PNG drawn.
 */
export function imageInputKey(view: string, image: object, url: string): string {
  code ??= drawingCodeFingerprint();
  return createHash('sha256')
    .update(`${code}\n${JSON.stringify(image)}\n${url}\n${view}`)
    .digest('hex');
}

/** A digest of strings, in order (a separator no part holds keeps "ab","c" apart from "a","bc"). */
export function digestOf(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

type ChartInputs = Pick<Dataset, 'figures' | 'articles' | 'charts'> & Partial<Pick<Dataset, 'records'>>;
const inputDigests = new WeakMap<object, Map<string, string>>();

/**
 * A digest of everything a chart's views are shaped from besides the code: its definition, its figures' rows
 * in its order, their records and their articles. Two builds with the same digest (and the same drawing code,
 * in the input key) shape the same views, so a rebuild finds an image in the render cache without shaping
 * the chart at all: at 1,000 articles a build has ~76,000 images, and shaping a view for each to learn its
 * key cost about as much as prerendering the pages. Once per dataset and chart.
 */
export function chartInputsDigest(d: ChartInputs, def: ChartDef): string {
  let byChart = inputDigests.get(d);
  if (!byChart) inputDigests.set(d, (byChart = new Map()));
  let digest = byChart.get(def.id);
  if (digest === undefined) {
    const ix = datasetIndex(d);
    const figures = def.figures.map((id) => ix.figures.get(id) ?? null);
    const records = def.figures.map((id) => ix.records.get(id) ?? null);
    const articleIds = [...new Set(figures.map((f) => f?.article_id ?? ''))];
    const articles = articleIds.map((id) => ix.articles.get(id) ?? null);
    digest = digestOf(JSON.stringify({ def, figures, records, articles }));
    byChart.set(def.id, digest);
  }
  return digest;
}
