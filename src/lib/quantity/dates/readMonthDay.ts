import { oneOf, skipSpace, wordAt } from '../lexicon/chars';
import { pad2 } from '../drafts';
import { readNumber, type NumberToken } from '../numerals/readNumber';

export interface MonthDay {
  end: number;
  month: number;
  day: number | null;
}

/** Words after a month naming part of it (上旬, 月底); kept in the span, precision stays 'month'. */
const PART_OF_MONTH = ['上旬', '中旬', '中下旬', '下旬', '初', '底', '末'];
/** 初 beginning a word (初步, 初心) rather than "early in the month". */
const NOT_AFTER_CHU = '步心衷始次中级创赛选稿审期';

/** `M月` (+ `D日`/`D号`) at `i`, or when `tok` is given, with the month numeral already read. */
export function readMonthDay(s: string, i: number, tok?: NumberToken): MonthDay | null {
  const m = tok ?? readNumber(s, i);
  // One space may pad each part, as bylines write `07 月 17 日`.
  const yue = m ? skipSpace(s, m.end) : -1;
  if (!m || !isSmallInt(m, 1, 12) || s.charAt(yue) !== '月') return null;
  let end = yue + 1;
  if (s.charAt(end) === '份' && s.charAt(end + 1) !== '额') end++;
  let day: number | null = null;
  const d = readNumber(s, skipSpace(s, end));
  const ri = d ? skipSpace(s, d.end) : -1;
  if (d && isSmallInt(d, 1, 31) && (s.charAt(ri) === '日' || s.charAt(ri) === '号')) {
    day = d.value;
    end = ri + 1;
  } else {
    const part = wordAt(s, end, PART_OF_MONTH);
    if (part && !(part === '初' && oneOf(NOT_AFTER_CHU, s.charAt(end + 1)))) end += part.length;
  }
  return { end, month: m.value, day };
}

/** A plain small integer as months and days are written (no scale, decimal, grouping, 多). */
export function isSmallInt(t: NumberToken, min: number, max: number): boolean {
  if (!t.integer || t.scale !== null || t.more || t.value < min || t.value > max) return false;
  return !t.arabic || (t.arabic.intDigits <= 2 && !t.arabic.decimal && !t.arabic.grouped);
}

/** '--MM' / '--MM-DD' (or with a year): the partial ISO form of a month/day. */
export function monthDayIso(year: number | null, md: MonthDay): string {
  const head = year === null ? '-' : String(year);
  return `${head}-${pad2(md.month)}${md.day === null ? '' : `-${pad2(md.day)}`}`;
}
