import { parsePartialDate, partialDateInterval } from '../format/partialDate';

/**
 * True when two partial dates can describe the same moment: their intervals, at the precision each was
 * stated, overlap ("2018" contains "2018-autumn"; "2024" and "2025" do not meet). Null when either has no
 * year (--07-23 cannot be compared with a dated claim) or is not a date.
 */
export function datesOverlap(a: string, b: string): boolean | null {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  const x = pa && partialDateInterval(pa);
  const y = pb && partialDateInterval(pb);
  if (!x || !y) return null;
  return x[0] < y[1] && y[0] < x[1];
}
