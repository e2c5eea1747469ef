import { composeMaps } from './mappedText';
import { stripPinyin } from './stripPinyin';
import { toSimplified } from './toSimplified';

/**
 * Raw article text made comparable: pinyin annotations stripped, then traditional script simplified.
 *
 * Offsets are JavaScript string offsets (UTF-16 units, end exclusive). For a span [a, b) of `text`,
 * `[rawStart(a), rawEnd(b))` is the smallest raw span holding exactly the raw characters those normalized
 * characters came from: it starts at the first one and ends right after the last one (a pinyin annotation that
 * follows the last character is not included; annotations inside the span are). Stripping and simplifying that
 * raw slice gives back `text.slice(a, b)`.
 */
export interface Normalized {
  readonly text: string;
  /** starts[i]: raw offset where normalized unit i begins. Non-decreasing. */
  readonly starts: Int32Array;
  /** ends[i]: raw offset just after the raw character(s) normalized unit i came from. Non-decreasing. */
  readonly ends: Int32Array;
  /** Raw offset for a normalized start offset (text.length maps to raw.length). */
  rawStart(i: number): number;
  /** Raw offset for a normalized exclusive end offset (0 maps to 0). */
  rawEnd(iEnd: number): number;
}

export function normalizeText(raw: string): Normalized {
  const stripped = stripPinyin(raw);
  const simplified = toSimplified(stripped.text);
  const { text, starts, ends } = composeMaps(simplified, stripped);
  const n = text.length;
  return {
    text,
    starts,
    ends,
    rawStart: (i) => (i >= n ? raw.length : (starts[Math.max(0, i)] ?? 0)),
    rawEnd: (iEnd) => (iEnd <= 0 ? 0 : (ends[Math.min(n, iEnd) - 1] ?? raw.length))
  };
}
