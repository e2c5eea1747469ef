import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARATORS, MENTION_KINDS, UNITS } from '../../../src/lib/schema/vocab';
import { recognize, type Mention } from '../../../src/lib/quantity';

/** Pieces that exercise every reader: numerals, scales, units, qualifiers, dates, identifiers, pinyin. */
const PIECES = [
  ...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿兆壹贰叁萬億兩幾數',
  ...'.,%％-~到至年月日号个家位名人篇页倍成半多余来数几上第首前后去今同约近超逾不足以上下左右元美港',
  '美元',
  '万元',
  '人民币',
  '百分之',
  '分之',
  '数量级',
  '位数',
  '下半年',
  '季度',
  '初夏',
  '世纪',
  '年代',
  '(',
  ')',
  '(fā)',
  '發',
  '現',
  '(09988,',
  'H-1B',
  'No.1',
  'https://x.cn/1.html',
  '双11',
  ' ',
  '\n',
  '，',
  '。',
  '的',
  '是',
  'AI'
];

function checkConventions(m: Mention, raw: string): void {
  expect(m.text).toBe(raw.slice(m.start, m.end));
  expect(m.start).toBeLessThan(m.end);
  expect(MENTION_KINDS).toContain(m.kind);
  expect(COMPARATORS).toContain(m.comparator);
  if (m.unit !== null) expect(UNITS).toContain(m.unit);
  for (const v of [m.value, m.low, m.high, m.scale]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  if (m.comparator === '>' || m.comparator === '>=')
    expect([m.value, m.low !== null, m.high]).toEqual([null, true, null]);
  if (m.comparator === '<' || m.comparator === '<=')
    expect([m.value, m.low, m.high !== null]).toEqual([null, null, true]);
  if (m.comparator === 'range') {
    expect(m.value).toBeNull();
    expect(m.low).not.toBeNull();
    expect(m.high).not.toBeNull();
    expect(m.low as number).toBeLessThan(m.high as number);
  }
  if ((m.comparator === '=' || m.comparator === '~') && m.kind !== 'date' && m.kind !== 'period') {
    expect([m.low, m.high]).toEqual([null, null]);
    if (m.kind !== 'year') expect(m.value).not.toBeNull();
  }
}

describe('recognize on arbitrary text', () => {
  it('returns ordered, non-overlapping mentions that follow the dataset conventions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.option(fc.constant('2025-07-24')),
        (pieces, published) => {
          const raw = pieces.join('');
          const ms = recognize(raw, published ? { published } : {});
          let last = 0;
          for (const m of ms) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
            checkConventions(m, raw);
          }
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('finds the same mentions whatever text surrounds them on other lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }),
        fc.string({ maxLength: 30 }),
        (pieces, other) => {
          const line = pieces.join('').replace(/\n/g, '');
          const prefix = `${other.replace(/\n/g, '')}\n`;
          const alone = recognize(line).map((m) => [m.start, m.text, m.value, m.low, m.high]);
          const shifted = recognize(prefix + line)
            .filter((m) => m.start >= prefix.length)
            .map((m) => [m.start - prefix.length, m.text, m.value, m.low, m.high]);
          expect(shifted).toEqual(alone);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
