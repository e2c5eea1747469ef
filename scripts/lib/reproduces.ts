import type { Mention } from '../../src/lib/quantity';
import { isCountUnit, type Figure } from '../../src/lib/schema';

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Units a mention can share with a curated figure. A bare number (no unit in the quote, like the headline's
 * "10亿") takes its unit from context, which the curator supplies; 个 counts whatever noun follows it.
 */
function unitAgrees(m: Mention, f: Figure): boolean {
  if (m.unit === f.unit || m.unit === null) return true;
  return m.unit === 'count' && isCountUnit(f.unit);
}

/** A date printed without a year (--09-05) agrees with the recognizer resolving it against the article's date. */
function dateAgrees(m: Mention, f: Figure): boolean {
  // The recognizer writes dates as the schema does (2018-autumn), so the two compare as written.
  const want = f.date;
  if (m.date === want) return true;
  return (
    want.startsWith('--') &&
    m.relative === undefined &&
    (m.date ?? '').endsWith(want.slice(1)) &&
    /^\d{4}-/.test(m.date ?? '')
  );
}

/**
 * Whether a mention the recognizer found reads the same as a curated figure: agreeing units, the same
 * comparator and the same value/low/high, or for dated figures the same date at the same precision.
 */
export function reproduces(m: Mention, f: Figure): boolean {
  if (f.unit === 'date') return m.unit === 'date' && dateAgrees(m, f);
  return (
    unitAgrees(m, f) &&
    m.comparator === f.comparator &&
    sameNumber(m.value, f.value) &&
    sameNumber(m.low, f.low) &&
    sameNumber(m.high, f.high)
  );
}

/** What the recognizer read, in one short line for a report. */
export function describeMention(m: Mention): string {
  const n = m.comparator === 'range' ? `${m.low}–${m.high}` : (m.value ?? m.low ?? m.high ?? '');
  return `${m.text} → ${m.comparator} ${m.date ?? n} ${m.unit ?? ''}`.trim();
}
