import type { ChartDef, Figure, Lang, Unit } from '../../schema';
import { facetsOf } from '../interval/shape';
import { toMark, type ShapeContext } from '../marks';
import type { AbsoluteSpan, ChartMark, DateSpan, NoYearSpan, TimelineModel } from '../types';

const DAY = 86_400_000;
/** Days in each month of a common year: a date without a year cannot know about 29 February. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m, d);

/**
 * Where a partial date lies, no more precisely than it was stated: a day is one day; a month its whole
 * month; a season three months (meteorological: spring is March–May, winter runs into the next year); a
 * half-year six months; a year the whole year; `2017/2022` every year from 2017 through 2022. A date
 * without a year (`--07-23`, `--03`) gets a span within a year only. Null when the text is not a date.
 */
export function dateSpan(date: string): DateSpan | null {
  let m: RegExpExecArray | null;
  if ((m = /^--(\d{2})(?:-(\d{2}))?$/.exec(date))) {
    const month = Number(m[1]);
    const days = MONTH_DAYS[month - 1] ?? 31;
    if (m[2] === undefined) {
      return { kind: 'no-year', precision: 'month', month, day: null, start: month - 1, end: month };
    }
    const day = Number(m[2]);
    const start = month - 1 + (day - 1) / days;
    return { kind: 'no-year', precision: 'day', month, day, start, end: start + 1 / days };
  }
  const abs = (precision: AbsoluteSpan['precision'], start: number, end: number): AbsoluteSpan => ({
    kind: 'absolute',
    precision,
    start,
    end
  });
  if ((m = /^(\d{4})\/(\d{4})$/.exec(date))) return abs('years', utc(+m[1]!, 0), utc(+m[2]! + 1, 0));
  if ((m = /^(\d{4})-H([12])$/.exec(date))) {
    const y = +m[1]!;
    return m[2] === '1' ? abs('half', utc(y, 0), utc(y, 6)) : abs('half', utc(y, 6), utc(y + 1, 0));
  }
  if ((m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(date))) {
    const first = SEASON_START[m[2]!] ?? 0;
    return abs('season', utc(+m[1]!, first), utc(+m[1]!, first + 3));
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date))) {
    const start = utc(+m[1]!, +m[2]! - 1, +m[3]!);
    return abs('day', start, start + DAY);
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(date))) return abs('month', utc(+m[1]!, +m[2]! - 1), utc(+m[1]!, +m[2]!));
  if ((m = /^(\d{4})$/.exec(date))) return abs('year', utc(+m[1]!, 0), utc(+m[1]! + 1, 0));
  return null;
}

/** A date without a year as a short label: "23 Jul", "7月23日", "May", "5月". */
export function noYearLabel(
  span: NoYearSpan,
  months: readonly string[],
  lang: Lang,
  approx: boolean
): string {
  const month = months[span.month - 1] ?? String(span.month);
  const prefix = approx ? '≈' : '';
  if (span.day === null) return `${prefix}${month}`;
  return lang === 'zh' ? `${prefix}${month}${span.day}日` : `${prefix}${span.day} ${month}`;
}

/** The units a timeline draws as durations rather than as dates. */
const DURATION_UNITS: readonly Unit[] = ['years', 'months'];

/**
 * Timeline data: dated figures on the absolute axis (ordered by start, then end), dates without a year in
 * their own lane (ordered by month and day; their year is never invented), and durations (years, months)
 * as interval bands. A `year` figure without a date is dated by its value.
 */
export function shapeTimeline(
  def: ChartDef,
  figures: readonly Figure[],
  ctx: ShapeContext,
  unitNames: Record<Unit, string>,
  months: readonly string[]
): TimelineModel {
  const dated: TimelineModel['dated'] = [];
  const undated: TimelineModel['undated'] = [];
  const durations: Figure[] = [];
  for (const f of figures) {
    if (DURATION_UNITS.includes(f.unit)) {
      durations.push(f);
      continue;
    }
    const date = f.date || (f.unit === 'year' && f.value !== null ? String(f.value) : '');
    const span = dateSpan(date);
    if (!span) continue;
    const mark: ChartMark = toMark({ ...f, date }, ctx, 'subject-metric');
    if (span.kind === 'absolute') dated.push({ ...mark, span });
    else {
      const label = noYearLabel(span, months, ctx.lang, f.comparator === '~');
      undated.push({ ...mark, valueLabel: label, span });
    }
  }
  dated.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  undated.sort((a, b) => a.span.start - b.span.start);
  const durationDef = { axes: def.axes, scale: 'linear' as const };
  return {
    type: 'timeline',
    dated,
    undated,
    durations: facetsOf(durationDef, durations, ctx, unitNames, { alwaysTitle: true })
  };
}
