import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import { CHART_IMAGES } from '../../../src/lib/export/chartImages';
import { imageStats } from '../../../src/lib/export/server/imageStats';
import { imageResponse } from '../../../src/lib/pages/chartImages';
import { imagesFile, stageImages } from '../../../src/lib/pages/stageImages';
import { pngSize } from '../../e2e/images/png';

/**
 * A build makes its images beside the pages (stageImages) and the adapter moves them in (placeImages): every
 * image at its path, of its size, listed once; from the render cache a placed image is a hard link to the
 * cache's file, so a rebuild writes no image bytes.
 */
const { dataset } = readDataset('data');
// The real corpus's smallest chart and its figures: 2 languages × (7 chart images + a preview per figure).
const small = [...dataset.charts].sort((a, b) => a.figures.length - b.figures.length)[0]!;
const d = { ...dataset, charts: [small] };
const expected = 2 * (CHART_IMAGES.length + small.figures.length);

const env = { ...process.env };
afterEach(() => {
  for (const k of ['CITED_FIGURES_IMAGE_CACHE', 'CITED_FIGURES_IMAGES', 'CITED_FIGURES_KIT_DIR'])
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
});
const temp = (what: string) => mkdtempSync(join(tmpdir(), `cited-figures-${what}-`));

describe('stageImages: every image of the build, placed at its path', () => {
  it('places each listed image at its path, of its size, linked to the cache; a rebuild makes nothing', async () => {
    process.env.CITED_FIGURES_IMAGE_CACHE = temp('cache');
    const dir = temp('stage');
    const listed = await stageImages(d, dir);
    expect(listed).toHaveLength(expected);
    expect(new Set(listed.map((i) => i.path)).size).toBe(expected);
    for (const i of listed) {
      const file = join(dir, i.path);
      const bytes = readFileSync(file);
      if (i.type === 'image/png') expect(pngSize(bytes)).toEqual({ width: i.width, height: i.height });
      else
        expect(bytes.toString('utf8')).toMatch(
          new RegExp(`^<svg[^>]* width="${i.width}" height="${i.height}"`)
        );
      // A hard link to the render cache's file: the image's bytes were written once, into the cache.
      expect(statSync(file).nlink).toBeGreaterThan(1);
    }
    const before = { hits: imageStats.inputHits, svgs: imageStats.svgs, drawn: imageStats.drawn };
    const again = temp('stage');
    await stageImages(d, again);
    expect(imageStats.inputHits - before.hits).toBe(expected);
    expect(imageStats.svgs - before.svgs).toBe(0);
    expect(imageStats.drawn - before.drawn).toBe(0);
    for (const i of listed) expect(statSync(join(again, i.path)).ino).toBe(statSync(join(dir, i.path)).ino);
  });

  it('without a cache the files are written, the same bytes; without images, none and an empty listing', async () => {
    process.env.CITED_FIGURES_IMAGE_CACHE = temp('cache');
    const cached = temp('stage');
    const listed = await stageImages(d, cached);
    process.env.CITED_FIGURES_IMAGE_CACHE = 'off';
    const fresh = temp('stage');
    await stageImages(d, fresh);
    for (const i of listed.filter((_, k) => k % 3 === 0)) {
      expect(statSync(join(fresh, i.path)).nlink).toBe(1);
      expect(readFileSync(join(fresh, i.path)).equals(readFileSync(join(cached, i.path)))).toBe(true);
    }
    process.env.CITED_FIGURES_IMAGES = 'off';
    expect(await stageImages(d, fresh)).toEqual([]);
    expect(existsSync(fresh)).toBe(false);
  });

  it('a cache that cannot be written (its folder is a file) costs a redraw, never an image: each is written', async () => {
    const blocked = join(temp('cache'), 'a-file');
    writeFileSync(blocked, 'not a folder');
    process.env.CITED_FIGURES_IMAGE_CACHE = join(blocked, 'images');
    const dir = temp('stage');
    const listed = await stageImages(d, dir);
    expect(listed).toHaveLength(expected);
    for (const i of listed) {
      const bytes = readFileSync(join(dir, i.path));
      if (i.type === 'image/png') expect(pngSize(bytes)).toEqual({ width: i.width, height: i.height });
      else expect(bytes.toString('utf8')).toMatch(/^<svg/);
      expect(statSync(join(dir, i.path)).nlink).toBe(1);
    }
  });

  it('/data/images.json lists them one a line under the base path, and stages them where the build looks', async () => {
    process.env.CITED_FIGURES_IMAGE_CACHE = temp('cache');
    const kit = temp('kit');
    process.env.CITED_FIGURES_KIT_DIR = kit;
    const file = await imagesFile(d);
    const listing = JSON.parse(file.body) as { created_by: string; images: { path: string }[] };
    expect(file.type).toBe('application/json');
    expect(listing.created_by).toMatch(/stageImages/);
    expect(listing.images).toHaveLength(expected);
    expect(file.body.split('\n').filter((l) => l.includes('"path"'))).toHaveLength(expected);
    expect(listing.images[0]).toEqual({
      path: `/charts/${small.id}.png`,
      width: 1920,
      height: 1080,
      type: 'image/png'
    });
    for (const i of listing.images)
      expect(existsSync(join(kit, 'output', 'cited-figures-images', i.path))).toBe(true);
  });
});

describe('imageResponse: `vite dev` draws an image when asked for it', () => {
  it.each([
    [`/en/charts/${small.id}-4x3.png`, 200, 'image/png'],
    [`/charts/${small.id}-dark.svg`, 200, 'image/svg+xml; charset=utf-8'],
    [`/en/figures/${small.figures[0]}.png`, 200, 'image/png'],
    [`/charts/${small.id}.csv`, 404, null],
    [`/charts/no-such-chart.png`, 404, null],
    [`/figures/no-such-figure.png`, 404, null],
    [`/en/articles/${small.id}.png`, 404, null]
  ])('%s: %i', async (path, status, type) => {
    process.env.CITED_FIGURES_IMAGE_CACHE = temp('cache');
    const r = await imageResponse(d, path);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toBe(type ?? 'text/plain;charset=UTF-8');
  });
});
