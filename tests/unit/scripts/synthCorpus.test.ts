import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { largeTimeline, synthCorpus } from '../../../scripts/lib/synthCorpus';
import { varyQuote } from '../../../scripts/lib/varyQuote';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { ARTICLE_COLUMNS, FIGURE_COLUMNS, type Figure } from '../../../src/lib/schema';

const { dataset: real } = readDataset('data');
const fig = (id: string): Figure => {
  const f = real.figures.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

describe('varyQuote', () => {
  it('scales a money figure by the ratio of the number in its quote, keeping the 万 scale', () => {
    const v = varyQuote(fig('benchmark-manus-investment-netease'), 2, 0);
    expect(v.quote).toBe('Benchmark立刻砸了15000萬美元');
    expect(v.value).toBe(150000000);
  });
  it('keeps the decimals of a percentage', () => {
    const v = varyQuote(fig('idc-iaas-share-2024h2-alibaba'), 0.5, 0);
    expect(v.quote).toContain('以13.1%的市场份额');
    expect(v.value).toBe(13.1);
  });
  it('shifts years in quote, value and date alike', () => {
    expect(varyQuote(fig('aws-shanghai-signing-aws'), 1, 2)).toMatchObject({
      quote: '在2020年9月17日的世界人工智能大会上',
      date: '2020-09-17'
    });
    expect(varyQuote(fig('anthropic-founded-vpshk'), 1, -1).value).toBe(2020);
  });
});

describe('synthCorpus', () => {
  const corpus = synthCorpus(real, 7, 20, 3);

  it('makes N articles of exactly the requested figures each, deterministically', () => {
    expect(corpus.articles).toHaveLength(7);
    for (const a of corpus.articles) {
      expect(corpus.figures.filter((f) => f.article_id === a.id)).toHaveLength(20);
    }
    expect(synthCorpus(real, 7, 20, 3).figures).toEqual(corpus.figures);
  });

  it('--large-chart: one more timeline holding every synthetic timeline’s events once, highlighting none', () => {
    const large = largeTimeline(corpus.charts);
    const timelines = corpus.charts.filter((c) => c.type === 'timeline');
    expect(large?.type).toBe('timeline');
    expect(new Set(large?.figures)).toEqual(new Set(timelines.flatMap((c) => c.figures)));
    expect(new Set(large?.figures).size).toBe(large?.figures.length);
    expect(large?.figures.length).toBeGreaterThan(Math.max(...timelines.map((c) => c.figures.length)));
    expect(large && 'highlight' in large).toBe(false);
  });

  it('passes the same validation as the real data, the large timeline too', () => {
    const csv = (cols: readonly string[], rows: object[]) =>
      Papa.unparse(
        {
          fields: [...cols],
          data: rows.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? ''))
        },
        { newline: '\n' }
      ) + '\n';
    const byFile = new Map(corpus.articles.map((a) => [a.file, corpus.texts.get(a.id) ?? '']));
    const { issues } = validateDataset({
      articlesCsv: csv(ARTICLE_COLUMNS, corpus.articles),
      figuresCsv: csv(FIGURE_COLUMNS, corpus.figures),
      // Like a data folder, the corpus has a charts file only when the real data has charts.
      chartsJson: real.charts.length
        ? JSON.stringify([...corpus.charts, largeTimeline(corpus.charts)])
        : null,
      articleText: (file) => {
        const text = byFile.get(file);
        return text === undefined
          ? undefined
          : { text, sha256: createHash('sha256').update(text).digest('hex') };
      }
    });
    expect(issues).toEqual([]);
  });
});
