import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import { chartView } from '../../../src/lib/pages/chartView';
import type { ChartMark } from '../../../src/lib/charts/types';

const { dataset } = readDataset('data');

/** Every mark of a model, wherever its chart type keeps them. */
function marks(model: unknown): ChartMark[] {
  const out: ChartMark[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      if ('quote' in x && 'articleHref' in x) out.push(x as ChartMark);
      else Object.values(x).forEach(walk);
    }
  };
  walk(model);
  return out;
}

describe('the chart drawn as the records have it', () => {
  const def = dataset.charts.find((c) => c.id === 'money-amounts');
  if (!def) throw new Error('fixture');
  const view = chartView(dataset, def, 'en');

  it("pairs the record's value with the record's words and publisher, not the article's quote", () => {
    const zappos = marks(view.recordModel).find((m) => m.id === 'amazon-zappos-price-aws');
    expect(zappos).toMatchObject({
      valueText: 'US$1.134 billion',
      fromRecord: true,
      quote: expect.stringContaining('Zappos purchase price'),
      article: 'Amazon.com, Inc. (2010 Annual Report, via companyowl.com)',
      articleHref: expect.stringMatching(/^https:\/\//)
    });
  });

  it("keeps the article's quote on the article's chart, and on marks whose record does not differ", () => {
    const article = marks(view.model).find((m) => m.id === 'amazon-zappos-price-aws');
    expect(article?.quote).toContain('以15亿美元收购');
    expect(article?.fromRecord).toBeUndefined();
    const others = marks(view.recordModel).filter(
      (m) => m.id !== 'amazon-zappos-price-aws' && !m.recordDiffers
    );
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect(m.fromRecord).toBeUndefined();
  });
});
