import { oneOf, skipSpace, wordAt } from '../lexicon/chars';
import { dateDraft, yearRangeDraft } from '../drafts';
import { isYear } from '../numerals/isYear';
import { RANGE_SEPARATORS } from '../lexicon/qualifiers';
import { isSmallInt, monthDayIso, readMonthDay, type MonthDay } from './readMonthDay';
import { readNumber, type NumberToken } from '../numerals/readNumber';
import type { Draft } from '../types';

/** Date ranges: between two dates, months of a year, or years. */

/** 3月至5月 / 7月23日至25日 / 2018年9月至2019年3月: a period between two dates. */
export function readDateRange(s: string, start: number, year: number | null, a: MonthDay): Draft | null {
  let k = skipSpace(s, a.end);
  const sep = wordAt(s, k, RANGE_SEPARATORS);
  if (!sep) return null;
  k = skipSpace(s, k + sep.length);
  const b = readNumber(s, k);
  if (!b) return null;
  let bYear = year;
  let bStart = k;
  if (isYear(b) && s.charAt(b.end) === '年') {
    bYear = b.value;
    bStart = b.end + 1;
  }
  const from = monthDayIso(year, a);
  const bmd = readMonthDay(s, bStart);
  if (bmd) {
    const d = dateDraft(
      start,
      bmd.end,
      `${from}/${monthDayIso(bYear, bmd)}`,
      a.day !== null && bmd.day !== null ? 'day' : 'month',
      'period'
    );
    return { ...d, split: { firstEnd: a.end, secondStart: k } };
  }
  // 7月23日至25日: the second date only names a day of the same month.
  const day = bYear === year ? readNumber(s, bStart) : null;
  if (a.day === null || !day || !isSmallInt(day, a.day + 1, 31) || !oneOf('日号', s.charAt(day.end)))
    return null;
  const d = dateDraft(
    start,
    day.end + 1,
    `${from}/${monthDayIso(year, { ...a, day: day.value })}`,
    'day',
    'period'
  );
  return { ...d, split: { firstEnd: a.end, secondStart: bStart } };
}

/** 1-5月 / 1至5月 (January to May, as statistics are reported), optionally after a year. */
export function readMonthSpan(
  s: string,
  a: NumberToken | null,
  year: number | null = null,
  start = a?.start ?? 0
): Draft | null {
  if (!a || !isSmallInt(a, 1, 12)) return null;
  let k = skipSpace(s, a.end);
  const sep = wordAt(s, k, RANGE_SEPARATORS);
  if (!sep) return null;
  k = skipSpace(s, k + sep.length);
  const b = readNumber(s, k);
  if (!b || !isSmallInt(b, a.value + 1, 12) || s.charAt(b.end) !== '月' || s.charAt(b.end + 1) === '份额')
    return null;
  const m = (v: number): string => monthDayIso(year, { end: 0, month: v, day: null });
  const d = dateDraft(start, b.end + 1, `${m(a.value)}/${m(b.value)}`, 'month', 'period');
  // 1-5月: the first month's own 月 is implied, so its date covers just the numeral.
  return { ...d, split: { firstEnd: a.end, secondStart: k } };
}

/** 2017年至2022年间, 2017-2022年, 2017~2022: a period between two years. */
export function readYearRange(s: string, tok: NumberToken, j: number, nian: boolean): Draft | null {
  let k = skipSpace(s, j);
  const sep = wordAt(s, k, RANGE_SEPARATORS);
  if (!sep) return null;
  k = skipSpace(s, k + sep.length);
  const b = readNumber(s, k);
  if (!b || !isYear(b) || b.value <= tok.value) return null;
  const bNian = s.charAt(b.end) === '年';
  if (!nian && !bNian && (tok.value < 1900 || b.value > 2100)) return null;
  let end = bNian ? b.end + 1 : b.end;
  const tail = wordAt(s, end, ['期间', '之间', '间']);
  if (tail) end += tail.length;
  // A span of years is written 2017/2022 with precision 'years', as the schema reads it (precisionOf).
  return yearRangeDraft(tok.start, end, tok.value, b.value, 'years');
}
