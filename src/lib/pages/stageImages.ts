import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../data/dataset';
import { CHART_IMAGES, chartImagePath, FIGURE_PREVIEW, figureImagePath } from '../export/chartImages';
import { imageStagingDir } from '../buildDirs';
import { imagesBuilt } from '../export/imagesBuilt';
import { chartImageFile, figurePreviewFile } from '../export/server/imageFiles';
import { LANGS } from '../schema';
import { sitePath } from '../site';
import { chartImageSource, figureImageSource, figuresWithPreview } from './chartImages';
import type { DataFile } from './dataFiles';

/** One image of the build, as /data/images.json lists it: its address on the site, size and type. */
export type ImageListing = { path: string; width: number; height: number; type: string };

type Job = ImageListing & { make: (place: string, total: number) => Promise<unknown> };

const TYPE = { png: 'image/png', svg: 'image/svg+xml' };

/** Every image of the build in order: a chart's images one after another (they share its view), then previews. */
function jobs(d: Dataset): Job[] {
  const out: Job[] = [];
  for (const lang of LANGS) {
    for (const def of d.charts) {
      const source = chartImageSource(d, def, lang);
      for (const image of CHART_IMAGES) {
        const { width, height, ext } = image;
        out.push({
          path: chartImagePath(lang, def.id, image),
          width,
          height,
          type: TYPE[ext],
          make: (place, total) => chartImageFile(source, image, { place, total })
        });
      }
    }
    for (const id of figuresWithPreview(d)) {
      const source = figureImageSource(d, id, lang);
      if (!source) continue;
      const { width, height } = FIGURE_PREVIEW;
      out.push({
        path: figureImagePath(lang, id),
        width,
        height,
        type: TYPE.png,
        make: (place, total) => figurePreviewFile(source, id, { place, total })
      });
    }
  }
  return out;
}

// Images in flight at once: enough to keep the PNG workers busy while this thread makes the next SVGs.
const IN_FLIGHT = 4;

/**
 * Makes every chart and figure image of the build, or finds it in the render cache, and places it under
 * `dir` at its path in the site (`dir/en/charts/ID-4x3.png`); the adapter then moves the folder into the
 * output (scripts/placeImages.js). Images are not prerendered pages: SvelteKit would write each and the
 * adapter copy it again (~150 kB each, 76,000 at 1,000 articles), while a cached image placed here is one
 * hard link. Returns the listing the site publishes at /data/images.json.
 */
export async function stageImages(d: Dataset, dir: string): Promise<ImageListing[]> {
  rmSync(dir, { recursive: true, force: true });
  if (!imagesBuilt()) return [];
  const all = jobs(d);
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const job = all[next++] as Job;
      await job.make(join(dir, job.path), all.length);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return all.map(({ path, width, height, type }) => ({ path: sitePath(path), width, height, type }));
}

/**
 * /data/images.json: every image the build made, so a CDN, a newsroom's CMS or a test can find them all.
 * Making it stages the images (stageImages) where CITED_FIGURES_KIT_DIR says.
 */
export async function imagesFile(d: Dataset): Promise<DataFile> {
  const images = await stageImages(d, imageStagingDir(process.env));
  const by = JSON.stringify('src/lib/pages/stageImages.ts (generated at build time from data/)');
  // One image a line: at 1,000 articles the file lists ~76,000, and a diff between builds stays readable.
  const lines = images.map((i) => JSON.stringify(i)).join(',\n  ');
  const body = `{\n "created_by": ${by},\n "images": [${lines ? `\n  ${lines}\n ` : ''}]\n}\n`;
  return { body, type: 'application/json' };
}
