import { oneOf, wordAt } from '../lexicon/chars';
import { bounds, quantityDraft } from '../drafts';
import { readNumber, type NumberToken } from './readNumber';
import type { Draft } from '../types';

const OR_WORDS = ['甚至', '乃至', '到', '至', '或', '、', '-', '~', '～'];

/**
 * Orders of magnitude as ratios: 两个数量级 → 100×, 一个甚至两个数量级 / 一到两个数量级 → 10×–100×.
 * An order of magnitude is a factor of ten.
 */
export function readMagnitude(s: string, tok: NumberToken): Draft | null {
  if (!isSmall(tok)) return null;
  let j = s.charAt(tok.end) === '个' ? tok.end + 1 : tok.end;
  if (s.startsWith('数量级', j)) {
    return quantityDraft(tok.start, j + 3, 'ratio', 'x', null, bounds(10 ** tok.value, '='));
  }
  const or = wordAt(s, j, OR_WORDS);
  if (!or) return null;
  const b = readNumber(s, j + or.length);
  if (!b || !isSmall(b) || b.value <= tok.value) return null;
  j = s.charAt(b.end) === '个' ? b.end + 1 : b.end;
  if (!s.startsWith('数量级', j)) return null;
  return quantityDraft(tok.start, j + 3, 'ratio', 'x', null, bounds(10 ** tok.value, 'range', 10 ** b.value));
}

function isSmall(t: NumberToken): boolean {
  return t.integer && t.scale === null && !t.more && t.value >= 1 && t.value <= 20;
}

/** Words near 两位数 that show it is a growth rate (两位数营收增长) rather than a digit count. */
const RATE_WORDS = '增涨降跌滑速率胀幅';

/** 两位数 → at least 10, 三位数 → at least 100; a percentage when a rate word follows closely. */
export function readDigitCount(s: string, tok: NumberToken): Draft | null {
  if (!isSmall(tok) || !s.startsWith('位数', tok.end)) return null;
  const end = tok.end + 2;
  let rate = false;
  for (let k = end; k < end + 8 && k < s.length; k++) {
    if (oneOf('，。,.;；!！?？\n', s.charAt(k))) break;
    if (oneOf(RATE_WORDS, s.charAt(k))) rate = true;
  }
  const low = 10 ** (tok.value - 1);
  return quantityDraft(
    tok.start,
    end,
    rate ? 'percent' : 'number',
    rate ? '%' : null,
    null,
    bounds(low, '>=')
  );
}

/** 翻番 / 翻一番 / 翻了一番 → 2×, 翻两番 → 4×, 翻倍 → 2× (a doubling per 番). */
export function readDoubling(s: string, i: number): Draft | null {
  if (s.charAt(i) !== '翻') return null;
  let j = i + 1;
  if (s.charAt(j) === '了') j++;
  if (s.charAt(j) === '倍' || s.charAt(j) === '番') {
    return quantityDraft(i, j + 1, 'ratio', 'x', null, bounds(2, '='));
  }
  const n = readNumber(s, j);
  if (!n || !isSmall(n) || s.charAt(n.end) !== '番') return null;
  return quantityDraft(i, n.end + 1, 'ratio', 'x', null, bounds(2 ** n.value, '='));
}
