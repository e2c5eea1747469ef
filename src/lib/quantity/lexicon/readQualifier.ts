import type { Comparator } from '../../schema/vocab';
import { isHan, isLetterAt, oneOf } from './chars';
import { PREFIX_GUARDS, PREFIX_QUALIFIERS, SUFFIX_GUARDS, SUFFIX_QUALIFIERS } from './qualifiers';

export interface Qualifier {
  start: number;
  end: number;
  comparator: Comparator;
  word: string;
}

const PREFIX_BY_FIRST = new Map<string, (readonly [string, Comparator])[]>();
for (const entry of PREFIX_QUALIFIERS) {
  const list = PREFIX_BY_FIRST.get(entry[0].charAt(0)) ?? [];
  list.push(entry);
  PREFIX_BY_FIRST.set(entry[0].charAt(0), list);
}

/** A qualifier word (近, 超过, 不足 …) starting at `i`, unless the character before makes it another word. */
export function readPrefixQualifier(s: string, i: number): Qualifier | null {
  const candidates = PREFIX_BY_FIRST.get(s.charAt(i));
  if (!candidates) return null;
  for (const [word, comparator] of candidates) {
    if (!s.startsWith(word, i)) continue;
    const guard = PREFIX_GUARDS[word];
    if (guard && i > 0 && oneOf(guard, s.charAt(i - 1))) return null;
    return { start: i, end: i + word.length, comparator, word };
  }
  return null;
}

/** A qualifier after the number (以上, 左右, 余 …) at `j`, unless it starts a longer word (以下简称, 上下游). */
export function readSuffixQualifier(s: string, j: number): Qualifier | null {
  for (const [word, comparator] of SUFFIX_QUALIFIERS) {
    if (!s.startsWith(word, j)) continue;
    const guard = SUFFIX_GUARDS[word];
    if (guard && oneOf(guard, s.charAt(j + word.length))) return null;
    return { start: j, end: j + word.length, comparator, word };
  }
  return null;
}

/**
 * 接近全球总量的一半: a qualifier separated from a fraction by a short noun phrase ending in 的. Looks back at
 * most 14 characters (never before `floor`) through Han or latin characters only.
 */
export function readGapQualifier(s: string, fractionStart: number, floor: number): Qualifier | null {
  if (s.charAt(fractionStart - 1) !== '的') return null;
  const limit = Math.max(floor, fractionStart - 16);
  for (let k = fractionStart - 2; k >= limit; k--) {
    if (!isHan(s, k) && !isLetterAt(s, k)) return null;
    const q = readPrefixQualifier(s, k);
    // One-character qualifiers (约, 近) reach across a phrase only as 约占 / 近占 (约占全国的四分之一).
    if (q && q.end <= fractionStart - 1 && (q.word.length > 1 || s.charAt(q.end) === '占')) return q;
  }
  return null;
}
