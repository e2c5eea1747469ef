import type { Comparator, MentionKind, Unit } from '../schema/vocab';
import type { Draft, Precision } from './types';

/** A calendar reference (date, period): value null, the meaning is in `date`. */
export function dateDraft(
  start: number,
  end: number,
  date: string,
  precision: Precision,
  kind: MentionKind = 'date'
): Draft {
  return {
    start,
    end,
    kind,
    value: null,
    low: null,
    high: null,
    comparator: '=',
    unit: 'date',
    scale: null,
    date,
    precision
  };
}

/** A year: value is the year, `date` its ISO form. */
export function yearDraft(start: number, end: number, year: number, comparator: Comparator = '='): Draft {
  return {
    start,
    end,
    ...bounds(year, comparator),
    kind: 'year',
    unit: 'year',
    scale: null,
    date: String(year),
    precision: 'year'
  };
}

/** A span of years (2017年至2022年间, 90年代, 17世纪). */
export function yearRangeDraft(
  start: number,
  end: number,
  low: number,
  high: number,
  precision: Precision
): Draft {
  const date = `${pad4(low)}/${pad4(high)}`;
  return {
    start,
    end,
    kind: 'period',
    value: null,
    low,
    high,
    comparator: 'range',
    unit: 'year',
    scale: null,
    date,
    precision
  };
}

/**
 * Places a figure in value / low / high according to the dataset's convention: '=' and '~' set value,
 * '>' and '>=' set low, '<' and '<=' set high, and a range sets both bounds.
 */
export function bounds(
  v: number,
  comparator: Comparator,
  high: number = v
): { value: number | null; low: number | null; high: number | null; comparator: Comparator } {
  if (comparator === '=' || comparator === '~') return { value: v, low: null, high: null, comparator };
  if (comparator === '>' || comparator === '>=') return { value: null, low: v, high: null, comparator };
  if (comparator === '<' || comparator === '<=') return { value: null, low: null, high: v, comparator };
  return { value: null, low: v, high, comparator };
}

export function quantityDraft(
  start: number,
  end: number,
  kind: MentionKind,
  unit: Unit | null,
  scale: number | null,
  b: ReturnType<typeof bounds>
): Draft {
  return { start, end, kind, unit, scale, ...b };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
