import { describe, expect, it } from 'vitest';
import { moveSpan } from '../../../src/desk/quoteSpan';

const t = '据IDC数据显示，2025年上半年中国公有云IaaS市场中，阿里巴巴以24.7%的份额位居第一。';
const span = { start: t.indexOf('阿里'), end: t.indexOf('。') };
const q = (s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('moveSpan: a quote grown or shrunk by one word, offsets exact', () => {
  it('grows by the word before and after', () => {
    expect(q(moveSpan(t, span, 'grow-start'))).toBe('，阿里巴巴以24.7%的份额位居第一');
    expect(q(moveSpan(t, span, 'grow-end'))).toBe('阿里巴巴以24.7%的份额位居第一。');
  });
  it('shrinks by a word at either end', () => {
    expect(q(moveSpan(t, span, 'shrink-start'))).toBe('以24.7%的份额位居第一');
    expect(q(moveSpan(t, span, 'shrink-end'))).toBe('阿里巴巴以24.7%的份额位居');
  });
  it('stops at the text ends and never shrinks to nothing', () => {
    expect(moveSpan(t, { start: 0, end: 1 }, 'grow-start')).toEqual({ start: 0, end: 1 });
    expect(moveSpan(t, { start: t.length - 1, end: t.length }, 'grow-end')).toEqual({
      start: t.length - 1,
      end: t.length
    });
    expect(moveSpan(t, { start: 1, end: 4 }, 'shrink-end')).toEqual({ start: 1, end: 4 });
  });
});
