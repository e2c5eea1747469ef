import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../../src/lib/data/readDataset';
import { recognize } from '../../../../src/lib/quantity';
import { attributionIn } from '../../../../scripts/lib/desk/attributionIn';
import { NgramIndex } from '../../../../scripts/lib/desk/ngramIndex';
import { SuggestIndex } from '../../../../scripts/lib/desk/suggestIndex';
import { suggestFor } from '../../../../scripts/lib/desk/suggestFor';

const { dataset } = readDataset('data');
const ix = new SuggestIndex(dataset.figures);
const text = readFileSync('tests/fixtures/desk-cloud-market.txt', 'utf8');
const at = (quote: string) => recognize(text, {}).find((m) => m.text === quote);

describe('suggestFor on the fixture article', () => {
  it.each([
    ['24.7%', '阿里巴巴', 'Alibaba'],
    ['13.9%', '华为', 'Huawei'],
    ['11.2%', '中国电信', 'China Telecom'],
    ['9.6%', '中国移动', 'China Mobile'],
    ['7.8%', '腾讯', 'Tencent']
  ])('%s: the nearest known subject, the IaaS share metric, IDC, 2025-H1', (quote, zh, en) => {
    const m = at(quote);
    if (!m) throw new Error(`no mention ${quote}`);
    const s = suggestFor(ix, 'fixture', text, m, '');
    expect(s.subject[0]).toEqual({ zh, en, from: 'dataset' });
    expect(s.metric[0]?.zh).toBe('中国公有云IaaS市场份额');
    expect(s.topic[0]).toBe('cloud-market');
    expect(s.attributed_to[0]).toBe('IDC');
    expect(s.period[0]?.value).toBe('2025-H1');
    // Another period's share of the same company is another fact, not the same claim.
    expect(s.claims).toEqual([]);
  });

  it('never invents English: a wording the dataset has not translated gets none', () => {
    expect(ix.english('subject', '云端观察')).toBe('');
    expect(ix.english('subject', '阿里巴巴')).toBe('Alibaba');
  });

  it('offers figures of other articles with the same value and unit as the same claim', () => {
    const other = dataset.figures.find((f) => f.unit === '%' && f.value !== null);
    if (!other) throw new Error('no share in data/');
    const t = `据测算，该比例为${other.value}%。`;
    const m = recognize(t, {}).find((x) => x.unit === '%');
    if (!m) throw new Error('not recognized');
    const claims = suggestFor(ix, 'new-article', t, m, '').claims;
    expect(claims.map((c) => c.id)).toContain(other.id);
    expect(claims.find((c) => c.id === other.id)?.relation).toBe(
      other.comparator === '=' ? 'corroborates' : 'conflicts'
    );
  });
});

describe('attributionIn reads only the words of the sentence', () => {
  it.each([
    ['据IDC数据显示，市场份额为24.7%', ['IDC']],
    ['根据国家统计局的数据，增长5%', ['国家统计局']],
    ['艾瑞咨询数据显示，用户达3亿', ['艾瑞咨询']],
    ['公司CEO表示，营收增长20%', ['公司CEO']],
    ['营收增长20%', []]
  ])('%s', (s, want) => expect(attributionIn(s)).toEqual(want));
});

describe('NgramIndex', () => {
  it('ranks a text wholly inside the query first, and resets its counts between lookups', () => {
    const ix2 = new NgramIndex();
    ix2.add('中国公有云IaaS市场份额');
    ix2.add('中国B2C电商市场份额');
    ix2.add('论文数量');
    const q = '2025年上半年中国公有云IaaS市场中，华为的市场份额为13.9%';
    expect(ix2.nearest(q, 5).map((r) => r.n)).toEqual([0, 1]);
    expect(ix2.nearest(q, 5)).toEqual(ix2.nearest(q, 5));
    expect(ix2.nearest(q, 1)).toEqual([{ n: 0, score: 1 }]);
  });
});
