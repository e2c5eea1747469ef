/**
 * The interval of days a partial date covers, as [first, last] ISO days, so that dates of different
 * precision compare fairly: "2018" contains "2018-autumn" and "2018-09-17"; "2024" and "2025" do not meet.
 * Dates without a year (--07-23) return null: they cannot be compared with a dated claim.
 */
export function dateSpan(d: string): [string, string] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(d))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})\/(\d{4})$/.exec(d))) return [`${m[1]}-01-01`, `${m[2]}-12-31`];
  if ((m = /^(\d{4})-H([12])$/.exec(d)))
    return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(d))) {
    // Meteorological seasons of the northern hemisphere; winter runs into the next year.
    const y = Number(m[1]);
    const spans: Record<string, [string, string]> = {
      spring: [`${y}-03-01`, `${y}-05-31`],
      summer: [`${y}-06-01`, `${y}-08-31`],
      autumn: [`${y}-09-01`, `${y}-11-30`],
      winter: [`${y}-12-01`, `${y + 1}-02-28`]
    };
    return spans[m[2] ?? ''] ?? null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(d))) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return [d, d];
  return null;
}

/** True when two partial dates can describe the same moment (their spans overlap). */
export function datesOverlap(a: string, b: string): boolean | null {
  const x = dateSpan(a);
  const y = dateSpan(b);
  if (!x || !y) return null;
  return x[0] <= y[1] && y[0] <= x[1];
}
