import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_PART_ROWS } from '../../../src/lib/charts/chartParts';
import { readDataset } from '../../../src/lib/data/readDataset';
import { chartImageResponse } from '../../../src/lib/pages/chartImages';
import { embedPage } from '../../../src/lib/pages/embedPage';
import { withLargeChart } from '../fixtures/largeChart';

const { dataset } = readDataset('data');
const { d, chartId, ids } = withLargeChart(dataset, 300);
const subjects = (text: string) =>
  ids.filter((_, i) => text.includes(`>${d.figures.find((f) => f.id === ids[i])?.subject_en}<`));

const before = process.env.CITED_FIGURES_IMAGE_CACHE;
beforeAll(() => {
  process.env.CITED_FIGURES_IMAGE_CACHE = mkdtempSync(join(tmpdir(), 'cited-figures-first-part-'));
});
afterAll(() => {
  process.env.CITED_FIGURES_IMAGE_CACHE = before;
});

describe('where one drawing shows a chart too large for one page (embed, images), it shows the first part', () => {
  it('the embed draws 50 rows of 300 and links to the other parts; a chart that fits is drawn whole', () => {
    const page = embedPage(d, chartId, 'en');
    expect(page?.view.rows.length).toBe(CHART_PART_ROWS);
    expect(page?.parts).toMatchObject({ n: 1, count: 6, next: `/en/charts/${chartId}/part-2` });
    expect(page?.parts?.label).toBe('Part 1 of 6 (rows 1–50 of 300)');
    for (const c of dataset.charts) {
      const small = embedPage(dataset, c.id, 'zh');
      expect(small?.parts).toBeNull();
      expect(small?.view.figureCount).toBe(c.figures.length);
    }
    expect(embedPage(d, 'no-such-chart', 'en')).toBeNull();
  });

  it('the SVG image says which part it is, in both languages, and draws only that part’s marks', async () => {
    const en = await (await chartImageResponse(d, 'en', `${chartId}.svg`)).text();
    expect(en).toContain('(1/6)');
    expect(en).toContain('Part 1 of 6 (rows 1–50 of 300)');
    const drawn = subjects(en);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThanOrEqual(CHART_PART_ROWS);
    const zh = await (await chartImageResponse(d, 'zh', `${chartId}.svg`)).text();
    expect(zh).toContain('（1/6）');
    expect(zh).toContain('第1部分，共6部分（第1–50行，共300行）');
  });
});
