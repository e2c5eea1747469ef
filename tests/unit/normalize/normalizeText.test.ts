import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, stripPinyin, toSimplified } from '../../../src/lib/normalize';

const raw002 = readFileSync(
  `data/articles/${readdirSync('data/articles').find((f) => f.startsWith('002_'))}`,
  'utf8'
);

/** Normalizes a raw slice the way the whole text was: strip pinyin, then simplify. */
const renormalize = (s: string): string => toSimplified(stripPinyin(s).text).text;

describe('normalizeText on the pinyin article', () => {
  const n = normalizeText(raw002);

  it('strips the pinyin and simplifies', () => {
    expect(n.text).toContain('最近我发现一个挺有意思的现象');
    expect(n.text).toContain('Benchmark立刻砸了7500万美元');
    expect(n.text).not.toMatch(/\((?:fā|xiàn|tuán|duì)\)/);
  });

  it.each([
    ['7500万美元', '7500萬美元'],
    ['一个甚至两个数量级(10到100倍)', '一個甚至兩個數(shù)量級(10到100倍)'],
    ['中国团队打造', '中國團(tuán)隊(duì)打造'],
    ['发现', '發(fā)現']
  ])('maps %s back to the raw %s', (quote, rawQuote) => {
    const a = n.text.indexOf(quote);
    const start = n.rawStart(a);
    const end = n.rawEnd(a + quote.length);
    expect(raw002.slice(start, end)).toBe(rawQuote);
    expect(renormalize(raw002.slice(start, end))).toBe(quote);
  });

  it('maps every sentence back to a raw slice that normalizes to it', () => {
    let from = 0;
    for (const sentence of n.text.split(/(?<=[。,:!?\n])/)) {
      const a = from;
      const b = from + sentence.length;
      from = b;
      if (sentence.trim() === '') continue;
      expect(renormalize(raw002.slice(n.rawStart(a), n.rawEnd(b)))).toBe(sentence);
    }
  });
});

describe('normalizeText offset map', () => {
  const pieces = [
    '發',
    '現',
    '(fā)',
    '(xiàn)',
    '（tuán）',
    '團',
    '隊',
    '萬',
    '億',
    '兩',
    '7',
    '5',
    '%',
    '(DGL)',
    '(',
    ')',
    'a',
    ' ',
    '\n',
    '二噁英',
    '㗲',
    '的'
  ];

  it('is monotone and covers every raw character except stripped annotations', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (ps) => {
        const raw = ps.join('');
        const n = normalizeText(raw);
        const covered = new Uint8Array(raw.length);
        for (let i = 0; i < n.text.length; i++) {
          const s = n.starts[i] as number;
          const e = n.ends[i] as number;
          expect(s).toBeLessThan(e);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(n.starts[i - 1] as number);
          if (i > 0) expect(e).toBeGreaterThanOrEqual(n.ends[i - 1] as number);
          for (let k = s; k < e; k++) covered[k] = 1;
        }
        let gap = '';
        for (let k = 0; k <= raw.length; k++) {
          if (k < raw.length && covered[k] === 0) gap += raw[k];
          else if (gap) {
            expect(gap).toMatch(/^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]$/);
            gap = '';
          }
        }
        expect(n.rawStart(n.text.length)).toBe(raw.length);
        expect(n.rawEnd(0)).toBe(0);
      }),
      { numRuns: 2000 }
    );
  });

  it('returns the text unchanged, with the identity map, for clean simplified text', () => {
    const raw = '阿里巴巴以26.1%的市场份额占据首位';
    const n = normalizeText(raw);
    expect(n.text).toBe(raw);
    expect([...n.starts]).toEqual([...raw].map((_, i) => i));
  });
});
