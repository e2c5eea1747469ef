import { describe, expect, it } from 'vitest';
import { legendFor } from '../../../src/lib/charts/legend';
import { shapeChart } from '../../../src/lib/charts/shape';
import type { Lang } from '../../../src/lib/schema';
import { chart, ctx, fig } from './fixtures';

// The range entry of a legend once said "数百 read as 200–900" on every chart, also where the chart's ranges
// came from other words (数十, 两三, 10到100倍). Its example now comes from the chart's own first range.
const range = (quote: string, low: number, high: number) =>
  fig({ id: 'r', quote, comparator: 'range', value: null, low, high, unit: 'people' });

function rangeLabel(quote: string, low: number, high: number, lang: Lang): string {
  const model = shapeChart(chart({ type: 'interval', figures: ['r'] }), [range(quote, low, high)], ctx(lang));
  return legendFor(model, lang).find((l) => l.key === 'range')?.label ?? '';
}

describe('the legend explains a range with the chart’s own words', () => {
  it.each([
    ['汇聚全球数十位AI科学家', 20, 90, '“数十位”', '20'],
    ['将数百名专家转移到美国', 200, 900, '“数百名”', '200'],
    ['只剩两三页', 2, 3, '“两三页”', '2'],
    ['比中國高出一個甚至兩個數(shù)量級(10到100倍)', 10, 100, '“10到100倍”', '10']
  ])('%s → %s', (quote, low, high, words, lowText) => {
    for (const lang of ['zh', 'en'] as const) {
      const label = rangeLabel(quote, low, high, lang);
      expect(label).toContain(words);
      expect(label).toContain(lowText);
      if (!words.includes('数百')) expect(label).not.toContain('数百');
    }
  });

  it('explains ranges without an example when the quote does not give the bounds in words it can find', () => {
    expect(rangeLabel('no number here', 20, 90, 'en')).toMatch(/^range: the article gives two ends/);
    expect(rangeLabel('没有数字', 20, 90, 'zh')).toMatch(/^区间：/);
  });
});

describe('the legend draws each sign once', () => {
  it('labels carry no sign of their own (the legend, the images and the PPTX draw it beside the words)', async () => {
    const { readDataset } = await import('../../../src/lib/data/readDataset');
    const { chartView } = await import('../../../src/lib/pages/chartView');
    const { dataset } = readDataset('data');
    const labels = dataset.charts.flatMap((def) =>
      (['zh', 'en'] as const).flatMap((lang) => chartView(dataset, def, lang).legend.map((l) => l.label))
    );
    expect(labels.length).toBeGreaterThan(40);
    expect(labels.filter((l) => /^[◆†?●]/.test(l))).toEqual([]);
  });
});
