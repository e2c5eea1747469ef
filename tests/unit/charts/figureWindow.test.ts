import { describe, expect, it } from 'vitest';
import { FIGURE_PAGE_WINDOW, figureWindow } from '../../../src/lib/charts/figureWindow';
import { chartPartPage } from '../../../src/lib/pages/chartPartPage';
import { chartsForFigure } from '../../../src/lib/pages/chartsForFigure';
import { readDataset } from '../../../src/lib/data/readDataset';
import { withLargeChart } from '../fixtures/largeChart';

const { dataset } = readDataset('data');

// Values rising with the index: the bar chart's order is the copies' order.
const withLarge = (n: number) => withLargeChart(dataset, n, (i, first) => first + i / 1000);

describe('a figure page draws a bounded window of a large chart', () => {
  it('the figure and its neighbours, never more than the window, clamped at both ends', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `f${i}`);
    expect(figureWindow(ids.slice(0, 12), 'f3')).toHaveLength(12);
    const mid = figureWindow(ids, 'f250');
    expect(mid).toHaveLength(FIGURE_PAGE_WINDOW);
    expect(mid).toContain('f250');
    expect(mid[0]).toBe(`f${250 - FIGURE_PAGE_WINDOW / 2}`);
    expect(figureWindow(ids, 'f0')[0]).toBe('f0');
    expect(figureWindow(ids, 'f499').at(-1)).toBe('f499');
  });

  it('chartsForFigure on a chart of 5,000 figures: at most 40 marks, and a link to the whole chart', () => {
    const { d, ids } = withLarge(5000);
    const id = ids[2500] ?? '';
    const { preview, windowed } = chartsForFigure(d, id, 'en');
    expect(preview?.figureCount).toBe(FIGURE_PAGE_WINDOW);
    expect(windowed).toMatchObject({ shown: FIGURE_PAGE_WINDOW, total: 5000, parts: 100 });
    expect(JSON.stringify(preview).length).toBeLessThan(200_000);
  });

  it('the link to the whole chart goes to the part of its pages that draws the figure, not to part 1', () => {
    const { d, chartId, ids } = withLarge(5000);
    const parts = new Set<number>();
    for (const [id, lang] of [
      [ids[0], 'en'],
      [ids[2500], 'en'],
      [ids[4999], 'zh']
    ] as const) {
      const w = chartsForFigure(d, id ?? '', lang).windowed;
      if (!w) throw new Error(`no window for ${id}`);
      parts.add(w.part);
      const prefix = lang === 'en' ? '/en' : '';
      expect(w.href).toBe(`${prefix}/charts/${chartId}${w.part === 1 ? '' : `/part-${w.part}`}`);
      const page = chartPartPage(d, chartId, lang, w.part);
      expect(page?.parts?.count).toBe(w.parts);
      expect(page?.view.rows.map((r) => r.id)).toContain(id);
    }
    // The bar chart sorts by value; the copies' values rise with their index, so they fall on different parts.
    expect(parts.size).toBe(3);
  });

  it('a chart of the shipped corpus is drawn whole, as before', () => {
    for (const c of dataset.charts) {
      const first = c.figures[0] ?? '';
      const { preview, windowed } = chartsForFigure(dataset, first, 'zh');
      expect(windowed).toBeNull();
      if (preview && preview.id === c.id) expect(preview.figureCount).toBe(c.figures.length);
    }
  });
});
