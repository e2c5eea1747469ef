import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/dataset';
import { readDataset } from '../../../src/lib/data/readDataset';
import { imageStats } from '../../../src/lib/export/server/imageStats';
import { chartImageResponse, figureImageResponse } from '../../../src/lib/pages/chartImages';

/**
 * A rebuild finds an image in the render cache from a digest of what the chart is shaped from, without
 * shaping it: so the digest must change whenever the drawing would, and only then.
 */
const { dataset } = readDataset('data');
const chart = dataset.charts.find((c) => c.type === 'bar' && c.figures.length > 2) ?? dataset.charts[0]!;
const [a = '', b = ''] = chart.figures;
const other = dataset.charts.find((c) => !c.figures.some((f) => chart.figures.includes(f)))!;
const otherFigure = dataset.figures.find(
  (f) => other.figures.includes(f.id) && !chart.figures.includes(f.id)
)!;

const before = process.env.CITED_FIGURES_IMAGE_CACHE;
beforeAll(() => {
  process.env.CITED_FIGURES_IMAGE_CACHE = mkdtempSync(join(tmpdir(), 'cited-figures-inputs-'));
});
afterAll(() => {
  process.env.CITED_FIGURES_IMAGE_CACHE = before;
});

/** Whether an image was made anew (an SVG made) or came from the cache, for a copy of the data. */
async function made(d: Dataset, get: (d: Dataset) => Promise<Response>): Promise<boolean> {
  const svgs = imageStats.svgs;
  const r = await get(d);
  expect(r.status).toBe(200);
  await r.arrayBuffer();
  return imageStats.svgs > svgs;
}

const withFigure = (id: string, change: object): Dataset => ({
  ...dataset,
  figures: dataset.figures.map((f) => (f.id === id ? { ...f, ...change } : f))
});

describe('chart images: found in the cache by what the chart is made of', () => {
  const svg = (d: Dataset) => chartImageResponse(d, 'en', `${chart.id}.svg`);

  it('the same data again: from the cache; a change to the chart’s figure, record or article: made anew', async () => {
    expect(await made({ ...dataset }, svg)).toBe(true);
    expect(await made({ ...dataset }, svg)).toBe(false);
    // Another language is another image.
    expect(await made({ ...dataset }, (d) => chartImageResponse(d, 'zh', `${chart.id}.svg`))).toBe(true);
    // A figure of another chart changed: this chart's image is still good.
    expect(await made(withFigure(otherFigure.id, { subject_en: 'Changed elsewhere' }), svg)).toBe(false);
    // Its own figure's subject, its record's verdict, its article's outlet: each a new image.
    expect(await made(withFigure(a, { subject_en: 'A new subject' }), svg)).toBe(true);
    const fig = dataset.figures.find((f) => f.id === a)!;
    const records = dataset.records.map((r) =>
      r.figure_id === a ? { ...r, verdict: 'differs' as const } : r
    );
    expect(await made({ ...dataset, records }, svg)).toBe(true);
    const articles = dataset.articles.map((x) =>
      x.id === fig.article_id ? { ...x, outlet: 'Another outlet' } : x
    );
    expect(await made({ ...dataset, articles }, svg)).toBe(true);
    // The chart's own definition: its title.
    const charts = dataset.charts.map((c) =>
      c.id === chart.id ? { ...c, title: { ...c.title, en: 'New title' } } : c
    );
    expect(await made({ ...dataset, charts }, svg)).toBe(true);
  });

  it('a figure’s preview: another figure of the chart is another image; the same figure again is not', async () => {
    const png = (id: string) => (d: Dataset) => figureImageResponse(d, 'en', id);
    expect(await made({ ...dataset }, png(a))).toBe(true);
    expect(await made({ ...dataset }, png(a))).toBe(false);
    expect(await made({ ...dataset }, png(b))).toBe(true);
    // A neighbour's value changed: the preview draws it, so it is made anew.
    expect(await made(withFigure(b, { value: 12345 }), png(a))).toBe(true);
    expect((await figureImageResponse(dataset, 'en', 'no-such-figure')).status).toBe(404);
  });
});
