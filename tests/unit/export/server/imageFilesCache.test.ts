import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../../src/lib/data/readDataset';
import { CHART_IMAGES } from '../../../../src/lib/export/chartImages';
import { chartImageFile, figurePreviewFile } from '../../../../src/lib/export/server/imageFiles';
import { imageStats } from '../../../../src/lib/export/server/imageStats';
import { renderPng } from '../../../../src/lib/export/server/renderPng';
import { chartsForFigure } from '../../../../src/lib/pages/chartsForFigure';
import { chartView } from '../../../../src/lib/pages/chartView';

const d = loadDatasetOrThrow('data');
const chart = d.charts.find((c) => c.type === 'bar') ?? d.charts[0]!;
const en = chartView(d, chart, 'en');
const zh = chartView(d, chart, 'zh');
const previewOf = (id: string) => chartsForFigure(d, id, 'en').preview!;
const preview = CHART_IMAGES.find((i) => i.suffix === '-preview')!;
const svg = CHART_IMAGES.find((i) => i.ext === 'svg')!;
const before = process.env.CITED_FIGURES_IMAGE_CACHE;
afterEach(() => {
  process.env.CITED_FIGURES_IMAGE_CACHE = before;
});
const counts = () => ({ hits: imageStats.inputHits, svgs: imageStats.svgs, drawn: imageStats.drawn });

describe('chart images through the render cache', () => {
  it('a rebuild makes nothing again: the same bytes as a fresh drawing, from the cache, no SVG made', async () => {
    process.env.CITED_FIGURES_IMAGE_CACHE = mkdtempSync(join(tmpdir(), 'cited-figures-images-'));
    const fresh = (await chartImageFile(en, preview, { draw: renderPng })) as Buffer;
    const c0 = counts();
    const first = (await chartImageFile(en, preview)) as Buffer;
    const c1 = counts();
    const again = (await chartImageFile(en, preview)) as Buffer;
    const c2 = counts();
    expect(first.equals(fresh)).toBe(true);
    expect(again.equals(fresh)).toBe(true);
    expect([c1.svgs - c0.svgs, c1.drawn - c0.drawn, c1.hits - c0.hits]).toEqual([1, 1, 0]);
    expect([c2.svgs - c1.svgs, c2.drawn - c1.drawn, c2.hits - c1.hits]).toEqual([0, 0, 1]);
    // SVG files too.
    const text = await chartImageFile(zh, svg);
    expect(await chartImageFile(zh, svg)).toBe(text);
    expect(counts().hits - c2.hits).toBe(1);
  });

  it('what the chart shows changed (another language, another highlighted figure): made anew', async () => {
    process.env.CITED_FIGURES_IMAGE_CACHE = mkdtempSync(join(tmpdir(), 'cited-figures-images-'));
    await chartImageFile(en, preview);
    const c0 = counts();
    await chartImageFile(zh, preview);
    const [a, b] = chart.figures;
    const one = await figurePreviewFile(previewOf(a!), a!);
    const two = await figurePreviewFile(previewOf(b!), b!);
    expect(counts().svgs - c0.svgs).toBe(3);
    expect(counts().hits - c0.hits).toBe(0);
    expect(one?.equals(two!)).toBe(false);
  });
});
