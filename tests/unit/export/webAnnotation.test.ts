import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import {
  annotationCollection,
  dataPackage,
  FIGURE_EXPORT_COLUMNS,
  ARTICLE_EXPORT_COLUMNS,
  CHECK_EXPORT_COLUMNS
} from '../../../src/lib/export';

const { dataset } = readDataset('data');

describe('web annotations', () => {
  const c = annotationCollection(dataset.figures, dataset.articles, dataset.texts);

  it('has one annotation per figure, anchored by quote and by position', () => {
    expect(c.total).toBe(dataset.figures.length);
    for (const a of c.first.items) {
      const [quoteSel, posSel] = a.target.selector;
      const fig = dataset.figures.find((f) => a.id.endsWith(`/figures/${f.id}#annotation`));
      if (
        !fig ||
        !quoteSel ||
        !posSel ||
        quoteSel.type !== 'TextQuoteSelector' ||
        posSel.type !== 'TextPositionSelector'
      ) {
        throw new Error(`bad annotation ${a.id}`);
      }
      const raw = dataset.texts[fig.article_id] ?? '';
      expect(quoteSel.exact).toBe(fig.quote);
      expect(raw.slice(posSel.start, posSel.end)).toBe(quoteSel.exact);
      expect(raw.slice(posSel.start - quoteSel.prefix.length, posSel.start)).toBe(quoteSel.prefix);
      expect(raw.slice(posSel.end, posSel.end + quoteSel.suffix.length)).toBe(quoteSel.suffix);
    }
  });

  it('targets the raw article served by the site', () => {
    const a = c.first.items.find((x) => x.id.includes('lin-compute-gap-netease'));
    expect(a?.target.source).toMatch(/\/data\/articles\/002_badf9ea7770be3e0\.txt$/);
    expect(a?.body[0]).toMatchObject({ value: '10至100倍', language: 'zh-Hans' });
  });
});

describe('datapackage.json', () => {
  it('describes every exported CSV, each column with its type', () => {
    const p = dataPackage(
      FIGURE_EXPORT_COLUMNS,
      ARTICLE_EXPORT_COLUMNS,
      CHECK_EXPORT_COLUMNS,
      dataset.articles
    );
    expect(p.resources.map((r) => r.path)).toEqual(['figures.csv', 'articles.csv', 'checks.csv']);
    const figures = p.resources[0];
    expect(figures?.schema.fields.map((f) => f.name)).toEqual(FIGURE_EXPORT_COLUMNS.map((c) => c.name));
    expect(figures?.schema.fields.find((f) => f.name === 'value')?.type).toBe('number');
    expect(figures?.schema.fields.find((f) => f.name === 'quote_start')?.type).toBe('integer');
    expect(p.resources[2]?.schema.fields.map((f) => f.name)).toEqual(CHECK_EXPORT_COLUMNS.map((c) => c.name));
    // An IANA name: a BOM is UTF-8's signature, and "utf-8-sig" is no encoding a validator knows.
    expect(p.resources.every((r) => r.encoding === 'utf-8')).toBe(true);
    // The repository states no licence: none is invented, and an empty list would be invalid.
    expect(p).not.toHaveProperty('licenses');
    expect(p.sources).toHaveLength(dataset.articles.length);
  });
});
