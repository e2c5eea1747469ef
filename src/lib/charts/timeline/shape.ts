import { parsePartialDate, partialDateInterval } from '../../format/partialDate';
import type { ChartDef, Figure, Lang, Unit } from '../../schema';
import { facetsOf } from '../interval/shape';
import { toMark, type ShapeContext } from '../marks';
import type { AbsoluteSpan, ChartMark, DateSpan, NoYearSpan, TimelineModel } from '../types';

/** A day of a month as each language writes it: 3月5日, 5 Mar. */
const DAY_MONTH: Record<Lang, (month: string, day: number) => string> = {
  zh: (month, day) => `${month}${day}日`,
  en: (month, day) => `${day} ${month}`
};
/** Days in each month of a common year: a date without a year cannot know about 29 February. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Where a partial date lies, no more precisely than it was stated (see partialDateInterval: a day is one
 * day, a month its month, a season three months, `2017/2022` every year from 2017 through 2022). A date
 * without a year (`--07-23`, `--03`) gets a span within a year only. Null when the text is not a date.
 */
export function dateSpan(date: string): DateSpan | null {
  const p = parsePartialDate(date);
  if (!p) return null;
  if (p.kind === 'no-year') {
    const { month, day } = p;
    if (day === null)
      return { kind: 'no-year', precision: 'month', month, day: null, start: month - 1, end: month };
    const days = MONTH_DAYS[month - 1] ?? 31;
    const start = month - 1 + (day - 1) / days;
    return { kind: 'no-year', precision: 'day', month, day, start, end: start + 1 / days };
  }
  const interval = partialDateInterval(p);
  if (!interval) return null;
  const span: AbsoluteSpan = { kind: 'absolute', precision: p.kind, start: interval[0], end: interval[1] };
  return span;
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
  return `${prefix}${DAY_MONTH[lang](month, span.day)}`;
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
    durations: facetsOf(durationDef, durations, ctx, unitNames, { alwaysTitle: true, lengths: true })
  };
}
