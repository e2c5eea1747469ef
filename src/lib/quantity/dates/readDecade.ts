import { yearRangeDraft } from '../drafts';
import { readNumber, type NumberToken } from '../numerals/readNumber';
import type { Draft } from '../types';

/**
 * 90年代 / 1990年代 / 九十年代 → 1990–1999; two-digit decades 20–90 are read as the 1900s and 00/10 as the 2000s.
 * 17世纪 → 1601–1700, and 20世纪90年代 → the 1990s.
 */
export function readDecade(s: string, tok: NumberToken): Draft | null {
  if (!tok.integer || tok.scale !== null || tok.more) return null;
  if (s.startsWith('世纪', tok.end) && tok.value >= 1 && tok.value <= 30) {
    const c = tok.value;
    const inner = readNumber(s, tok.end + 2);
    if (
      inner &&
      inner.integer &&
      inner.value % 10 === 0 &&
      inner.value < 100 &&
      s.startsWith('年代', inner.end)
    ) {
      const from = (c - 1) * 100 + inner.value;
      return yearRangeDraft(tok.start, inner.end + 2, from, from + 9, 'years');
    }
    return yearRangeDraft(tok.start, tok.end + 2, (c - 1) * 100 + 1, c * 100, 'years');
  }
  if (!s.startsWith('年代', tok.end) || tok.value % 10 !== 0) return null;
  let from: number;
  if (tok.value >= 1000 && tok.value <= 2990) from = tok.value;
  else if (tok.value < 100) from = tok.value >= 20 ? 1900 + tok.value : 2000 + tok.value;
  else return null;
  return yearRangeDraft(tok.start, tok.end + 2, from, from + 9, 'years');
}
