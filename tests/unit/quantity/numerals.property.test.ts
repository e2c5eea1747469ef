import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, recognize } from '../../../src/lib/quantity';
import { DIGITS, toChinese, variant } from './toChinese';

const withCommas = (n: number): string => n.toLocaleString('en-US');

describe('Chinese numerals read back the integer they spell', () => {
  it('formats a few known values the way the tests expect', () => {
    expect(toChinese(34036)).toBe('三万四千零三十六');
    expect(toChinese(105)).toBe('一百零五');
    expect(toChinese(15)).toBe('十五');
    expect(toChinese(100015)).toBe('十万零一十五');
    expect(toChinese(1e12)).toBe('一万亿');
    expect(toChinese(100000001)).toBe('一亿零一');
  });

  it('readNumber parses every integer up to 10^12 in Chinese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 2 }), (n, style) => {
        const s = variant(toChinese(n), style);
        const tok = readNumber(s, 0);
        expect(tok?.end).toBe(s.length);
        expect(tok?.value).toBe(n);
      }),
      { numRuns: 3000 }
    );
  });

  it('recognize reads the same integers as money, offsets covering the whole text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const s = `共${toChinese(n)}元。`;
        const found = recognize(s);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ start: 1, end: s.length - 1, value: n, unit: 'CNY', kind: 'money' });
      }),
      { numRuns: 1000 }
    );
  });

  it('reads Arabic integers with and without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), (n, commas) => {
        const s = `${commas ? withCommas(n) : String(n)}人`;
        expect(recognize(`约${s}`)[0]).toMatchObject({
          text: `约${s}`,
          value: n,
          comparator: '~',
          unit: 'people'
        });
      }),
      { numRuns: 1000 }
    );
  });
});

describe('decimals', () => {
  const fraction = fc.stringMatching(/^[0-9]{1,4}$/);

  it('reads Chinese decimals (三点一四) back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fraction, (int, frac) => {
        const s = `${toChinese(int)}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}`;
        expect(readNumber(s, 0)?.value).toBe(Number(`${int}.${frac}`));
      }),
      { numRuns: 1000 }
    );
  });

  it('scales Arabic decimals by 万, 亿 and 万亿 without floating-point noise', () => {
    const scales: [string, number][] = [
      ['万', 4],
      ['亿', 8],
      ['万亿', 12]
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fraction,
        fc.constantFrom(...scales),
        (int, frac, [word, exp]) => {
          const m = recognize(`${int}.${frac}${word}美元`)[0];
          expect(m?.value).toBe(Number(`${int}.${frac}e${exp}`));
          expect(m?.scale).toBe(10 ** exp);
          expect(m?.unit).toBe('USD');
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('reads full-width digits like ASCII ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fraction, (int, frac) => {
        const ascii = `${int}.${frac}%`;
        const wide = [...ascii]
          .map((c) => (c === '.' ? '．' : c === '%' ? '％' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
          .join('');
        expect(recognize(wide)[0]?.value).toBe(Number(`${int}.${frac}`));
      }),
      { numRuns: 500 }
    );
  });
});
