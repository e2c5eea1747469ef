import { bounds } from '../drafts';
import type { Draft } from '../types';

/** Quantities that take a written minus (负三十二度, 负10000, 负4.5亿元); dates, ranks and years do not. */
export function isSignable(d: Draft): boolean {
  return d.unit !== 'date' && d.unit !== 'year' && d.unit !== 'rank' && d.date === undefined;
}

/**
 * The draft for `负` + quantity, starting at 负: every bound mirrored, so a lower bound becomes an upper one
 * (负十余万 → < −100000) and a range swaps its ends.
 */
export function negate(d: Draft, start: number): Draft {
  const flip = (v: number | null): number | null => (v === null || v === 0 ? v : -v);
  const c = d.comparator;
  const mirrored = c === '>' ? '<' : c === '>=' ? '<=' : c === '<' ? '>' : c === '<=' ? '>=' : c;
  const b =
    c === 'range'
      ? bounds(flip(d.high) ?? 0, 'range', flip(d.low) ?? 0)
      : bounds(flip(d.value ?? d.low ?? d.high) ?? 0, mirrored);
  return { ...d, ...b, start: Math.min(start, d.start) };
}
