import { describe, expect, it } from 'vitest';
import { recognize, type Mention } from '../../../src/lib/quantity';
import { article } from './helpers';

/** The mention that starts at the first occurrence of `quote` in `raw`. */
function at(ms: Mention[], raw: string, quote: string, from = 0): Mention | undefined {
  const start = raw.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not in article: ${quote}`);
  return ms.find((m) => m.start === start);
}

describe('003: AWS Shanghai institute (simplified)', () => {
  const raw = article('003');
  const ms = recognize(raw, { published: '2025-07-24' });

  it('finds 26.1% at its offset', () => {
    const m = at(ms, raw, '26.1%');
    expect(m).toMatchObject({ kind: 'percent', value: 26.1, unit: '%', comparator: '=' });
    expect(raw.slice(m?.start, m?.end)).toBe('26.1%');
  });

  it('never takes the stock codes for quantities', () => {
    for (const code of ['(09988', '(601728)', '(600941)', '(00700)']) {
      const s = raw.indexOf(code);
      expect(ms.filter((m) => m.start < s + code.length && m.end > s)).toEqual([]);
    }
  });

  it('ignores 双11 and 618', () => {
    const s = raw.indexOf('(如双11、618)');
    expect(ms.filter((m) => m.start >= s && m.end <= s + 10)).toEqual([]);
  });

  it('reads the dates, ranks and bounds of the article', () => {
    expect(at(ms, raw, '7月23日')?.date).toBe('2025-07-23');
    expect(at(ms, raw, '2018年秋')).toMatchObject({ date: '2018-autumn', precision: 'season' });
    expect(at(ms, raw, '2018年9月17日')).toMatchObject({ date: '2018-09-17', precision: 'day' });
    expect(at(ms, raw, '2024下半年')).toMatchObject({ kind: 'period', date: '2024-H2' });
    expect(at(ms, raw, '首位')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(at(ms, raw, '第四')).toMatchObject({ kind: 'ordinal', value: 4 });
    expect(at(ms, raw, '不足1%')).toMatchObject({ comparator: '<', high: 1 });
    expect(at(ms, raw, '30%以上')).toMatchObject({ comparator: '>', low: 30 });
    expect(at(ms, raw, '约1800人')).toMatchObject({ comparator: '~', value: 1800, unit: 'people' });
    expect(at(ms, raw, '15亿美元')).toMatchObject({ value: 1.5e9, unit: 'USD' });
    expect(at(ms, raw, '两位数')).toMatchObject({ comparator: '>=', low: 10, unit: '%' });
    expect(at(ms, raw, '同年12月初')).toMatchObject({ date: '2023-12' });
  });

  it('reports every percentage of the IaaS and PaaS rankings', () => {
    const pct = ms.filter((m) => m.unit === '%' && m.comparator === '=').map((m) => m.value);
    expect(pct).toEqual(expect.arrayContaining([26.1, 13.2, 13.1, 9.3, 8.1, 9.2, 24.4, 11.7, 10.6, 8.5]));
  });
});

describe('002: traditional script with pinyin annotations', () => {
  const raw = article('002');
  const ms = recognize(raw);

  it('finds 7500萬美元 with offsets into the raw text', () => {
    const m = at(ms, raw, '7500萬美元');
    expect(m).toMatchObject({ text: '7500萬美元', value: 75e6, unit: 'USD', scale: 1e4 });
    expect(raw.slice(m?.start, m?.end)).toBe('7500萬美元');
  });

  it('maps a span that contains pinyin back to the raw characters', () => {
    const m = at(ms, raw, '一個甚至兩個數(shù)量級');
    expect(m).toMatchObject({
      text: '一個甚至兩個數(shù)量級',
      comparator: 'range',
      low: 10,
      high: 100,
      unit: 'x'
    });
  });

  it('reads the money, ratios and fractions', () => {
    expect(at(ms, raw, '125萬元人民幣')).toMatchObject({ value: 1_250_000, unit: 'CNY' });
    expect(at(ms, raw, '20億美元')).toMatchObject({ value: 2e9, unit: 'USD' });
    expect(at(ms, raw, '20億美金')).toMatchObject({ value: 2e9, unit: 'USD' });
    expect(at(ms, raw, '10萬元')).toMatchObject({ value: 1e5, unit: 'CNY' });
    expect(at(ms, raw, '10到100倍')).toMatchObject({ comparator: 'range', low: 10, high: 100 });
    expect(at(ms, raw, '三分之一以上')).toMatchObject({ comparator: '>', low: 100 / 3 });
    expect(at(ms, raw, '大半')).toMatchObject({ comparator: '>', low: 50 });
    expect(at(ms, raw, '去年3月')).toMatchObject({ date: '--03', relative: 'last-year' });
  });

  it('never starts or ends a mention inside a pinyin annotation', () => {
    for (const m of ms) {
      expect(m.text).not.toMatch(/^\(|\)$/);
      expect(raw.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('001: talent article', () => {
  const raw = article('001');
  const ms = recognize(raw);

  it('reads the ETO paper counts, the approximate half and the period', () => {
    expect(at(ms, raw, '34036篇')).toMatchObject({ value: 34036, unit: 'papers' });
    expect(at(ms, raw, '接近全球总量的一半')).toMatchObject({ comparator: '~', value: 50, unit: '%' });
    expect(at(ms, raw, '2017年至2022年间')).toMatchObject({ kind: 'period', low: 2017, high: 2022 });
    expect(at(ms, raw, '2025年初夏')).toMatchObject({ date: '2025-summer', precision: 'season' });
    expect(at(ms, raw, '数十位')).toMatchObject({ comparator: 'range', low: 20, high: 90, unit: 'people' });
  });

  it('skips visa names, DOIs, the version string and the URL', () => {
    for (const id of ['F-1', 'H-1B', '10.6084/m9.figshare.29336588.v1', '(1.3.0)', '20251213732']) {
      const s = raw.indexOf(id);
      expect(ms.filter((m) => m.start < s + id.length && m.end > s)).toEqual([]);
    }
  });
});

describe('000 and 004', () => {
  it('reads the DGL revenue and the paper count of 000', () => {
    const raw = article('000');
    const ms = recognize(raw);
    expect(at(ms, raw, '近10亿美元')).toMatchObject({ comparator: '~', value: 1e9, unit: 'USD' });
    expect(at(ms, raw, '超过100篇')).toMatchObject({ comparator: '>', low: 100, unit: 'papers' });
    expect(at(ms, raw, '六年')).toMatchObject({ value: 6, unit: 'years' });
  });

  it('skips the WeChat id of the spun article 004', () => {
    const raw = article('004');
    const texts = recognize(raw).map((m) => m.text);
    expect(texts).toContain('十几年');
    expect(texts.some((t) => t.includes('1839'))).toBe(false);
  });

  it('gives every mention the raw slice as its text, in order and without overlap', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const raw = article(id);
      let last = 0;
      for (const m of recognize(raw)) {
        expect(m.text).toBe(raw.slice(m.start, m.end));
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.end;
      }
    }
  });
});
