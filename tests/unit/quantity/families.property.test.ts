import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, recognize } from '../../../src/lib/quantity';
import { figureRow } from '../../../src/lib/schema';
import { article } from './helpers';
import { toChinese, variant } from './toChinese';

/** Issue 14's properties: every spelling of an integer reads back exactly, and every mention is a valid row. */

/** Traditional financial capitals (陸, 貳, 參) and 萬 / 億, as zh-Hant cheques write them. */
const HANT: Record<string, string> = { 陆: '陸', 贰: '貳', 叁: '參', 万: '萬', 亿: '億', 两: '兩' };

/** Full-width digits, with optional full-width or ASCII thousands commas. */
function fullWidth(n: number, comma: '' | ',' | '，'): string {
  const grouped = comma === '' ? String(n) : n.toLocaleString('en-US').replaceAll(',', comma);
  return [...grouped]
    .map((c) => (c >= '0' && c <= '9' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
    .join('');
}

/** A space after every section word (万 / 亿) and, with `every`, after every character but the last. */
function spaced(s: string, every: boolean): string {
  if (every) return [...s].join(' ');
  return s.replace(/([万亿])(?=.)/g, '$1 ');
}

describe('numbers read back exactly', () => {
  it('financial (大写) numerals, simplified and traditional, as yuan amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.boolean(), (n, hant) => {
        let s = variant(toChinese(n), 2);
        if (hant) s = [...s].map((c) => HANT[c] ?? c).join('');
        const found = recognize(`金额${s}元整`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ text: `${s}元`, value: n, unit: 'CNY' });
      }),
      { numRuns: 1000 }
    );
  });

  it('numerals with spaces between their sections or their characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 1e12 }), fc.boolean(), (n, every) => {
        const s = spaced(toChinese(n), every);
        const tok = readNumber(s, 0);
        expect(tok?.end).toBe(s.length);
        expect(tok?.value).toBe(n);
      }),
      { numRuns: 1000 }
    );
  });

  it('full-width digits with grouping commas', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('' as const, ',' as const, '，' as const),
        (n, comma) => {
          const s = fullWidth(n, comma);
          expect(recognize(`约${s}人`)[0]).toMatchObject({ text: `约${s}人`, value: n, unit: 'people' });
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('负 before any numeral negates it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.boolean(), (n, arabic) => {
        const s = `负${arabic ? String(n) : toChinese(n)}元`;
        expect(recognize(`余额为${s}。`)[0]).toMatchObject({ text: s, value: -n, unit: 'CNY' });
      }),
      { numRuns: 500 }
    );
  });
});

/** A figure row built from a mention, with the columns only a curator fills set to placeholders. */
function asRow(m: ReturnType<typeof recognize>[number]): Record<string, string> {
  const cell = (v: number | null) => (v === null ? '' : String(v));
  return {
    id: 'x',
    article_id: 'a',
    claim_id: '',
    topic: 'money',
    quote: m.text,
    quote_start: String(m.start),
    quote_end: String(m.end),
    subject_zh: 's',
    subject_en: 's',
    metric_zh: 'm',
    metric_en: 'm',
    value: cell(m.value),
    low: cell(m.low),
    high: cell(m.high),
    comparator: m.comparator,
    // A bare number's unit is the curator's to choose (the quote has none); any unit would do here.
    unit: m.unit ?? 'count',
    date: m.date ?? '',
    date_precision: m.precision ?? '',
    period: '',
    attributed_to: 'unattributed',
    primary_source_url: '',
    status: 'as-cited',
    note: ''
  };
}

const PHRASES = [
  '2024年第三季度',
  '2022年初',
  '2022年底',
  '2017年以来',
  '90年代',
  '17世纪',
  '3月至5月',
  '7月23日至25日',
  '23日',
  '下半年',
  '去年下半年',
  '明年第1季',
  '2018年9月至2019年3月',
  '1-5月',
  '初夏',
  '2025年初夏',
  '约30%以上',
  '负十余万',
  '十几万至二十万元',
  '九折',
  '3个百分点',
  '1.5万亿日元',
  '，',
  '营收'
];

describe('every mention is a row the schema accepts', () => {
  it('for random sentences made of date, bound and unit phrases, with and without a publication date', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PHRASES), { maxLength: 8 }), fc.boolean(), (parts, dated) => {
        for (const m of recognize(parts.join(''), dated ? { published: '2024-07-17' } : {})) {
          const r = figureRow.safeParse(asRow(m));
          expect(r.success, `${m.text}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
        }
      }),
      { numRuns: 500 }
    );
  });

  it('for every mention in the five articles', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const m of recognize(article(prefix), { published: '2025-06-01' })) {
        const r = figureRow.safeParse(asRow(m));
        expect(r.success, `${prefix} ${m.text}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      }
    }
  });
});
