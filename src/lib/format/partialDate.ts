/** A date as precise as an article stated it (the `date` column's grammar, parsed once for everyone). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type PartialDate =
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'season'; year: number; season: Season }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'no-year'; month: number; day: number | null };

/**
 * Parses 2018-09-17, 2018-09, 2018-autumn, 2024-H2, 2018, 2017/2022, --07-23 and --07. Null for anything
 * else. Formatting, timelines and conflict checks all read dates through here, so they cannot disagree.
 */
export function parsePartialDate(s: string): PartialDate | null {
  let m: RegExpExecArray | null;
  const n = (x: string | undefined) => Number(x);
  if ((m = /^--(\d{2})(?:-(\d{2}))?$/.exec(s)))
    return { kind: 'no-year', month: n(m[1]), day: m[2] ? n(m[2]) : null };
  if ((m = /^(\d{4})\/(\d{4})$/.exec(s))) return { kind: 'years', from: n(m[1]), to: n(m[2]) };
  if ((m = /^(\d{4})-H([12])$/.exec(s))) return { kind: 'half', year: n(m[1]), half: m[2] === '1' ? 1 : 2 };
  if ((m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(s))) {
    return { kind: 'season', year: n(m[1]), season: m[2] as Season };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)))
    return { kind: 'day', year: n(m[1]), month: n(m[2]), day: n(m[3]) };
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return { kind: 'month', year: n(m[1]), month: n(m[2]) };
  if ((m = /^(\d{4})$/.exec(s))) return { kind: 'year', year: n(m[1]) };
  return null;
}

/** The month (0-based) a meteorological season starts; winter runs into the next year. */
export const SEASON_START: Record<Season, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/**
 * The half-open interval [start, end) in UTC milliseconds that a dated value covers, no more precise than it
 * was stated: a day is one day, a month its month, a season three months, a year the year. Null without a year.
 */
export function partialDateInterval(p: PartialDate): [number, number] | null {
  const utc = Date.UTC;
  switch (p.kind) {
    case 'day':
      return [utc(p.year, p.month - 1, p.day), utc(p.year, p.month - 1, p.day + 1)];
    case 'month':
      return [utc(p.year, p.month - 1), utc(p.year, p.month)];
    case 'season':
      return [utc(p.year, SEASON_START[p.season]), utc(p.year, SEASON_START[p.season] + 3)];
    case 'half':
      return [utc(p.year, p.half === 1 ? 0 : 6), utc(p.year, p.half === 1 ? 6 : 12)];
    case 'year':
      return [utc(p.year, 0), utc(p.year + 1, 0)];
    case 'years':
      return [utc(p.from, 0), utc(p.to + 1, 0)];
    default:
      return null;
  }
}
