import { describe, expect, it } from 'vitest';
import { chartPartCount, chartPartPage } from '../../../src/lib/pages/chartPartPage';
import { CHART_PART_ROWS, chartPartPath, chartParts } from '../../../src/lib/charts/chartParts';
import { modelRows } from '../../../src/lib/charts/rows';
import type { BarModel } from '../../../src/lib/charts/types';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { chartView } from '../../../src/lib/pages/chartView';
import { readDataset } from '../../../src/lib/data/readDataset';
import { withLargeChart } from '../fixtures/largeChart';

const { dataset } = readDataset('data');

const withLarge = (n: number) => withLargeChart(dataset, n);

describe('a large chart’s page is cut into parts of a bounded number of rows', () => {
  const { d, chartId, ids } = withLarge(5000);

  it('5,000 figures: 100 parts of 50 rows, in the chart’s order, each figure in exactly one part', () => {
    const whole = chartView(d, d.charts.at(-1)!, 'en');
    const parts = chartParts(whole.model);
    expect(parts).toHaveLength(5000 / CHART_PART_ROWS);
    const rows = parts.map(modelRows);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(CHART_PART_ROWS);
    expect(rows.flat().map((m) => m.id)).toEqual(modelRows(whole.model).map((m) => m.id));
    expect(new Set(rows.flat().map((m) => m.id))).toEqual(new Set(ids));
    // Every part is drawn on the whole chart's axis, so two parts compare.
    const domains = parts.map((p) => [(p as BarModel).min, (p as BarModel).max]);
    expect(new Set(domains.map((x) => JSON.stringify(x))).size).toBe(1);
    expect(domains[0]![1]).toBeGreaterThanOrEqual(
      Math.max(...modelRows(whole.model).map((m) => m.value ?? 0))
    );
  });

  it('part 2: its own rows, table, sources and summary, marks linking to figure pages, links to the others', () => {
    const page = chartPartPage(d, chartId, 'en', 2);
    if (!page?.parts) throw new Error('no part 2');
    expect(page.view.rows).toHaveLength(CHART_PART_ROWS);
    expect(page.view.figureCount).toBe(CHART_PART_ROWS);
    for (const m of modelRows(page.view.model)) expect(m.href).toBe(`/en/figures/${m.id}`);
    expect(page.parts).toMatchObject({
      n: 2,
      count: 100,
      from: 51,
      to: 100,
      total: 5000,
      first: `/en/charts/${chartId}`,
      prev: `/en/charts/${chartId}`,
      next: `/en/charts/${chartId}/part-3`,
      last: `/en/charts/${chartId}/part-100`,
      label: 'Part 2 of 100 (rows 51–100 of 5000)'
    });
    expect(page.view.summary.startsWith('Part 2 of 100 (rows 51–100 of 5000): ')).toBe(true);
    expect(page.view.href).toBe(`/en/charts/${chartId}`);
    // What the page is made from stays near an ordinary chart's, whatever the chart's size.
    expect(JSON.stringify(page).length).toBeLessThan(200_000);
    const zh = chartPartPage(d, chartId, 'zh', 100);
    expect(zh?.parts).toMatchObject({ prev: `/charts/${chartId}/part-99`, next: null });
    expect(zh?.parts?.label).toBe('第100部分，共100部分（第4951–5000行，共5000行）');
  });

  it('part 1 is the chart’s own page; parts past the last, 0 or not whole numbers are none', () => {
    expect(chartPartPath(chartId, 1)).toBe(`/charts/${chartId}`);
    expect(chartPartPage(d, chartId, 'en', 1)?.parts?.prev).toBeNull();
    for (const n of [0, 101, 1.5, NaN]) expect(chartPartPage(d, chartId, 'en', n)).toBeNull();
    expect(chartPartCount(d, chartId)).toBe(100);
    expect(chartPartCount(d, 'no-such-chart')).toBe(0);
  });

  it('every chart of the shipped corpus fits one page: its page is as before, with no parts', () => {
    for (const c of dataset.charts) {
      expect(chartPartCount(dataset, c.id)).toBe(1);
      const page = chartPartPage(dataset, c.id, 'en', 1);
      expect(page?.parts).toBeNull();
      expect(page?.view).toEqual(chartPage(dataset, c.id, 'en')?.view);
      expect(chartPartPage(dataset, c.id, 'en', 2)).toBeNull();
    }
  });
});
