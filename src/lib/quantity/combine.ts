import type { Comparator } from '../schema/vocab';
import { bounds } from './drafts';

/** What the numeral itself says before qualifiers: an exact value, a lower bound (二十多, 上亿) or a range. */
export interface Core {
  low: number;
  high: number;
  comparator: '=' | '>' | '>=' | 'range';
}

/**
 * Applies the qualifiers around a numeral. An approximate word keeps a range a range; a bound word takes the
 * matching end of a range; with both a prefix and a suffix, a bound wins over '~' (约30%以上 → '>').
 */
export function combine(
  core: Core,
  prefix: Comparator | null,
  suffix: Comparator | null
): ReturnType<typeof bounds> {
  const q = pick(prefix, suffix);
  if (core.comparator === 'range') {
    if (q === '>' || q === '>=') return bounds(core.low, q);
    if (q === '<' || q === '<=') return bounds(core.high, q);
    return bounds(core.low, 'range', core.high);
  }
  if (core.comparator === '>' || core.comparator === '>=') {
    if (q === '<' || q === '<=') return bounds(core.low, q);
    return bounds(core.low, q === '>=' || q === '>' ? q : core.comparator);
  }
  return bounds(core.low, q ?? '=');
}

function pick(prefix: Comparator | null, suffix: Comparator | null): Comparator | null {
  if (prefix === null) return suffix;
  if (suffix === null || suffix === '~') return prefix;
  return prefix === '~' ? suffix : prefix;
}
