import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/lib/quantity';

/**
 * Inputs that would take quadratic time if a reader re-scanned a long run from every position, or if a
 * pattern backtracked. Nothing here asserts a timing: at a million characters a quadratic reader makes
 * some 10¹¹–10¹² steps, hours, and trips the limit below, while the linear one takes about a second alone
 * and up to ~20 s on a loaded machine (vitest's default 20 s limit once failed it there).
 */
const N = 1_000_000;
const LIMIT_MS = 120_000;
const HOSTILE: [string, string, number][] = [
  ['one long digit run', '1'.repeat(N), 0],
  ['digits and dots', '1.'.repeat(N / 2), 0],
  ['Chinese digits', '一二三四五六七八九〇'.repeat(N / 10), 0],
  ['scale words', '万亿'.repeat(N / 2), 0],
  ['qualifiers without numbers', '超过约近不足'.repeat(N / 6), 0],
  ['open parentheses after Han', '發('.repeat(N / 2), 0],
  ['a latin token', 'a-'.repeat(N / 2), 0],
  ['ordinals without numbers', '第'.repeat(N), 0],
  ['range words', '1到'.repeat(N / 2), N / 2],
  ['many real mentions', '约1800人，近10亿美元，30%以上；'.repeat(N / 20), (3 * N) / 20]
];

describe('the recognizer stays linear on hostile input', () => {
  it.each(HOSTILE)(
    '%s',
    (_name, text, count) => {
      expect(recognize(text)).toHaveLength(count);
    },
    LIMIT_MS
  );
});
