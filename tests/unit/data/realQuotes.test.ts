import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../src/lib/pages/articlePage';
import { rawToNormalized } from '../../../src/lib/data/rawToNormalized';
import { readDataset } from '../../../src/lib/data/readDataset';
import { normalizeText } from '../../../src/lib/normalize';

const { dataset, issues } = readDataset('data');

describe('real quotes sit at their offsets in every article', () => {
  it('the shipped data validates', () => expect(issues).toEqual([]));

  it.each([
    ['idc-iaas-share-2024h2-alibaba', 'aws-shanghai-institute-closure', 1062, '阿里巴巴(09988,以下简称“阿里”)以26.1%的市场份额占据首位'],
    ['dgl-revenue-36kr', 'amazon-shanghai-lab-36kr', -1, '带来了近10亿美元的收入'],
    ['eto-highly-cited-us-vpshk', 'ai-talent-geopolitics-vpshk', -1, '美国以34036篇位居榜首'],
    ['lin-compute-gap-netease', 'china-ai-compute-capital-netease', -1, '美國的算力比中國高出一個甚至兩個數(shù)量級(10到100倍)'],
    ['benchmark-manus-investment-netease', 'china-ai-compute-capital-netease', -1, 'Benchmark立刻砸了7500萬美元'],
    ['ai-expert-training-years-sohu', 'manus-meta-spun-sohu', -1, '需要十几年的时间成本']
  ])('%s', (id, articleId, knownStart, quote) => {
    const f = dataset.figures.find((x) => x.id === id);
    const raw = dataset.texts[articleId] ?? '';
    expect(f?.article_id).toBe(articleId);
    expect(f?.quote).toBe(quote);
    expect(raw.slice(f?.quote_start, f?.quote_end)).toBe(quote);
    expect(raw.indexOf(quote)).toBe(f?.quote_start);
    if (knownStart >= 0) expect(f?.quote_start).toBe(knownStart);
  });

  it('every article has figures', () => {
    for (const a of dataset.articles) expect(dataset.figures.some((f) => f.article_id === a.id)).toBe(true);
  });
});

describe('the normalized view of the pinyin-garbled article', () => {
  const raw = dataset.texts['china-ai-compute-capital-netease'] ?? '';
  const norm = normalizeText(raw);

  it.each([
    ['lin-compute-gap-netease', '美国的算力比中国高出一个甚至两个数量级(10到100倍)'],
    ['benchmark-manus-investment-netease', 'Benchmark立刻砸了7500万美元'],
    ['manus-invite-code-price-netease', '内测邀请码炒作到10万元一个']
  ])('maps %s to its simplified, pinyin-free quote', (id, expected) => {
    const f = dataset.figures.find((x) => x.id === id);
    if (!f) throw new Error(id);
    const a = rawToNormalized(norm, f.quote_start, 'start');
    const b = rawToNormalized(norm, f.quote_end, 'end');
    expect(norm.text.slice(a, b)).toBe(expected);
  });

  it('marks every quote of the article in the normalized view', () => {
    const page = articlePage(dataset, 'china-ai-compute-capital-netease', 'en');
    const marked = new Set(page?.normalized?.flatMap((s) => s.figureIds));
    const own = dataset.figures.filter((f) => f.article_id === 'china-ai-compute-capital-netease');
    expect([...marked].sort()).toEqual(own.map((f) => f.id).sort());
    expect(page?.normalized?.map((s) => s.text).join('')).not.toMatch(/\((?:fā|xiàn|tuán)\)/);
  });

  it('has no normalized view for an article already in clean simplified script', () => {
    expect(articlePage(dataset, 'aws-shanghai-institute-closure', 'en')?.normalized).toBeNull();
  });
});
