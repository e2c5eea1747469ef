import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, recognize } from '../../../src/lib/quantity';

const DIGITS = '零一二三四五六七八九';
const FINANCIAL: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟'
};

/** 0 < n < 10000 as a four-digit section, with 零 for skipped places (一千零五, 三百零八). */
function section(n: number, leading: boolean): string {
  const units = ['千', '百', '十', ''];
  const ds = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  let started = false;
  for (let k = 0; k < 4; k++) {
    const d = Number(ds[k]);
    if (d === 0) {
      zero = started;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十五 at the very start of a number, 一十五 inside one (三百一十五, 十万零一十五).
    if (!(leading && !started && k === 2 && d === 1)) out += DIGITS[d];
    out += units[k];
    started = true;
  }
  return out;
}

/** The standard Chinese spelling of an integer 0 ≤ n ≤ 10^12 (a test-side formatter, independent of the parser). */
function toChinese(n: number): string {
  if (n === 0) return '零';
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, '']
  ];
  let out = '';
  let needZero = false;
  for (const [g, unit] of groups) {
    if (g === 0) {
      needZero = out !== '';
      continue;
    }
    if (out !== '' && (needZero || g < 1000)) out += '零';
    // The 亿 group can exceed 9999 (一万亿 = 10^12): spell it as a number of its own.
    out += (g >= 1e4 ? toChinese(g) : section(g, out === '')) + unit;
    needZero = false;
  }
  return out;
}

/** Writers' variants: 两 for 二 before a unit, financial capitals. */
function variant(s: string, style: number): string {
  if (style === 1) return s.replace(/二(?=[千百万亿])/g, '两');
  if (style === 2) return [...s].map((c) => FINANCIAL[c] ?? c).join('');
  return s;
}

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
