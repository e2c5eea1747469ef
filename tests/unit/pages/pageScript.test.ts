import { describe, expect, it } from 'vitest';
import { legendFor } from '../../../src/lib/charts/legend';
import { modelRows } from '../../../src/lib/charts/rows';
import { summarizeChart } from '../../../src/lib/charts/summary';
import { readDataset } from '../../../src/lib/data/readDataset';
import { articlePage } from '../../../src/lib/pages/articlePage';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { chartsIndex } from '../../../src/lib/pages/chartsByTopic';
import { checksPage } from '../../../src/lib/pages/checksPage';
import { deckPage, deckSlides } from '../../../src/lib/pages/deck';
import { embedPage } from '../../../src/lib/pages/embedPage';
import { figurePage } from '../../../src/lib/pages/figurePage';
import { home } from '../../../src/lib/pages/home';

const { dataset } = readDataset('data');
const chart = dataset.charts[0];
const charted = dataset.figures.find((f) => chart?.figures.includes(f.id));
// Every curated figure is in a chart: without the charts that show it, a figure is in none.
const uncharted = {
  ...dataset,
  charts: dataset.charts.filter((c) => !c.figures.includes(charted?.id ?? ''))
};

// The root layout links the enhancement script where the page's view-model says `enhance`: the pages that
// show a chart (its tooltips, the records switch) or the downloads, and no other.
describe('which pages link the enhancement script', () => {
  it('a chart page, a figure page with a chart, home, the charts index, the deck and /checks (its filters) do', () => {
    expect(chart && charted).toBeTruthy();
    for (const lang of ['zh', 'en'] as const) {
      expect(chartPage(dataset, chart?.id ?? '', lang, { images: false })?.enhance).toBe(true);
      expect(figurePage(dataset, charted?.id ?? '', lang, { images: false })?.enhance).toBe(true);
      expect(home(dataset, lang).enhance).toBe(true);
      expect(chartsIndex(dataset, lang).enhance).toBe(true);
      expect(deckPage(dataset, lang).enhance).toBe(true);
      expect(checksPage(dataset, lang).enhance).toBe(true);
    }
  });

  it('a figure page without a chart, an article and an embed (which has its own script) do not', () => {
    expect(figurePage(uncharted, charted?.id ?? '', 'en', { images: false })?.enhance).toBe(false);
    const article = dataset.articles[0]?.id ?? '';
    expect(articlePage(dataset, article, 'en')).not.toHaveProperty('enhance');
    expect(embedPage(dataset, chart?.id ?? '', 'en')).not.toHaveProperty('enhance');
    expect(home({ ...dataset, charts: [] }, 'en').enhance).toBe(false);
  });
});

describe('a chart cut across slides', () => {
  it('each part is the chart view of its own figures: legend, summary, source and notes of what it draws', () => {
    let parts = 0;
    for (const lang of ['zh', 'en'] as const) {
      for (const s of deckSlides(dataset, dataset.charts, lang).filter((x) => x.parts > 1)) {
        parts++;
        const drawn = new Set(modelRows(s.view.model).map((r) => r.id));
        expect(s.view.title).toContain(`${s.part}/${s.parts}`);
        expect(s.view.legend).toEqual(legendFor(s.view.model, lang));
        expect(s.view.summary).toBe(summarizeChart(s.view.model, lang));
        expect(s.view.figureCount).toBe(drawn.size);
        expect(s.view.recordModel).toBeNull();
        expect(s.view.rows).toEqual([]);
        for (const n of s.view.recordNotes) expect(drawn.has(n.id)).toBe(true);
      }
    }
    expect(parts).toBeGreaterThan(0);
  });
});
