import { describe, expect, it } from 'vitest';
import { assertText, decodeText, NotTextError, recognize } from '../../../src/lib/quantity';
import { brief, only } from './helpers';

/** Issue 14: mentions a curator had to delete by hand, each an error before. */
describe('precision on real pages', () => {
  it('reads `2024 年` with a space as a year, not 2,024 years', () => {
    expect(only('成立于 2024 年，')).toMatchObject({ kind: 'year', date: '2024', unit: 'year' });
  });

  it('keeps `2023 下半年` one half-year of 2023 (even when published later)', () => {
    expect(only('2023 下半年营收', '2024-07-17')).toMatchObject({
      text: '2023 下半年',
      date: '2023-H2',
      precision: 'half'
    });
  });

  it('reads a byline date with spaces whole, with no stray day', () => {
    expect(only('发布于 2024 年 07 月 17 日 10:30')).toMatchObject({
      text: '2024 年 07 月 17 日',
      date: '2024-07-17',
      precision: 'day'
    });
  });

  it('keeps `4800 多篇` a lower bound in papers', () => {
    expect(only('发表了 4800 多篇论文')).toMatchObject({
      text: '4800 多篇',
      comparator: '>',
      low: 4800,
      unit: 'papers'
    });
  });

  it('does not read a table caption or a bare scale word as a value', () => {
    expect(brief('2023年营收(亿美元)')).toEqual(['2023年|=|2023|year']);
    expect(brief('营收达到亿元规模')).toEqual([]);
    expect(brief('一个百亿级市场')).toEqual([]);
    expect(brief('单位：万元')).toEqual([]);
    // A qualifier still makes a figure of a scale word.
    expect(brief('营收过亿元')).toEqual(['过亿元|>|100000000|CNY']);
  });

  it('drops table residue (bare numbers side by side)', () => {
    expect(brief('396.3 1 5.3')).toEqual([]);
    expect(brief('营收 396.3 亿美元')).toEqual(['396.3 亿美元|=|39630000000|USD']);
  });

  it('dates 年初 and quarters with a precision the schema accepts', () => {
    expect(only('2022年初')).toMatchObject({ date: '2022-H1', precision: 'half' });
    expect(only('2022年底')).toMatchObject({ date: '2022-H2', precision: 'half' });
    expect(only('2024年第二季度')).toMatchObject({ date: '2024-H1', precision: 'half' });
  });

  it('reports a range of months or days as its two dates', () => {
    expect(brief('2024年1-5月营收')).toEqual(['2024年1|=|2024-01|date', '5月|=|2024-05|date']);
    expect(brief('3月1日至5日')).toEqual(['3月1日|=|--03-01|date', '5日|=|--03-05|date']);
  });

  it('dates a bare day by the month last named, and drops it when there is none', () => {
    expect(brief('7月22日发布，23日上线')).toEqual(['7月22日|=|--07-22|date', '23日|=|--07-23|date']);
    expect(brief('23日上线')).toEqual([]);
  });

  it('leaves the aspect 过 out of `管理过千余人`', () => {
    expect(only('他管理过千余人')).toMatchObject({ text: '千余人', comparator: '>', low: 1000 });
    expect(only('销量过万')).toMatchObject({ text: '过万', comparator: '>', low: 1e4 });
  });

  it('treats group labels as labels, not figures', () => {
    expect(brief('Top 1%的家庭')).toEqual([]);
    expect(brief('收入前1%的人群')).toEqual([]);
    expect(brief('市场份额前五被本土厂商掌握')).toEqual([]);
    expect(brief('前五大云厂商')).toEqual([]);
    expect(only('份额排名前五')).toMatchObject({ text: '前五', comparator: '<=', high: 5, unit: 'rank' });
  });
});

describe('input that is not text', () => {
  it('refuses binary input with its line and column', () => {
    expect(() => recognize('第一行\n有\u0000二进制')).toThrow(NotTextError);
    expect(() => recognize('第一行\n有\u0000二进制')).toThrow(/input:2:2: not UTF-8 text/);
  });

  it('refuses text that was decoded from bytes that are not UTF-8', () => {
    const gbk = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x31, 0x30]); // 中文10 in GBK
    expect(() => decodeText(gbk, 'a.txt')).toThrow(/a\.txt:1:1: not UTF-8 text \(a byte sequence/);
  });

  it('accepts ordinary text, tabs and a BOM', () => {
    expect(decodeText(new TextEncoder().encode('\ufeff约10亿\t元\r\n'), 'b.txt')).toBe('约10亿\t元\r\n');
    expect(() => assertText('约10亿元')).not.toThrow();
  });
});
