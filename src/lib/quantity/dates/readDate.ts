import { oneOf, skipSpace, wordAt } from '../lexicon/chars';
import { dateDraft, pad2, yearDraft } from '../drafts';
import { isYear } from '../numerals/isYear';
import { readDateRange, readMonthSpan, readYearRange } from './readDateRange';
import { readDecade } from './readDecade';
import { readIso } from './readIso';
import { readMonthDay, isSmallInt, monthDayIso, type MonthDay } from './readMonthDay';
import { readNumber, type NumberToken } from '../numerals/readNumber';
import { readYearPart } from './readYearPart';
import type { DateContext, Draft } from '../types';

/**
 * Calendar readings of a number: ISO dates (2025-12-29), years (2018年, with month/day, season, half, quarter,
 * 前后 / 以来, or a year range), decades (90年代), centuries (17世纪), month/day without a year (7月23日)
 * and a bare day (23日). Returns null when the number is not a date.
 */
export function readDate(s: string, tok: NumberToken, ctx: DateContext): Draft | null {
  if (tok.arabic && tok.arabic.intDigits === 4 && !tok.arabic.grouped) {
    const iso = readIso(s, tok.start);
    if (iso) return iso;
  }
  const decade = readDecade(s, tok);
  if (decade) return decade;
  if (isYear(tok)) return readYear(s, tok, ctx);
  // 民国113年: the Republic of China calendar counts from 1912.
  if (
    s.startsWith('民国', tok.start - 2) &&
    tok.integer &&
    tok.value >= 1 &&
    tok.value <= 300 &&
    s.charAt(tok.end) === '年'
  ) {
    return readYear(s, { ...tok, start: tok.start - 2, value: 1911 + tok.value }, ctx);
  }
  const md = readMonthDay(s, tok.start, tok);
  if (md) {
    ctx.lastMonth = monthDayIso(null, { ...md, day: null });
    return (
      readDateRange(s, tok.start, null, md) ??
      dateDraft(tok.start, md.end, monthDayIso(null, md), precisionOf(md))
    );
  }
  const span = readMonthSpan(s, tok);
  if (span) return span;
  if (
    !tok.lone &&
    isSmallInt(tok, 1, 31) &&
    s.charAt(tok.end) === '日' &&
    !oneOf(NOT_AFTER_RI, s.charAt(tok.end + 1))
  ) {
    // 23日 alone is a day of the month last named (7月22日…23日); without one it cannot be dated and is dropped.
    return dateDraft(tok.start, tok.end + 1, `${ctx.lastMonth ?? '--'}-${pad2(tok.value)}`, 'day');
  }
  return null;
}

/** Characters after 日 that make it part of a word (日本, 日均, 日活 …) rather than a day of the month. */
const NOT_AFTER_RI = '本元均活常益语子志夜用期程历光照化渐新籍韩美军产系式资企股媒报记';

function readYear(s: string, tok: NumberToken, ctx: DateContext): Draft | null {
  const year = tok.value;
  // `2024 年` / `2024 年 07 月 17 日`: bylines and machine summaries pad the date with spaces.
  const y = skipSpace(s, tok.end);
  const nian = s.charAt(y) === '年';
  const j = nian ? skipSpace(s, y + 1) : tok.end;
  const range = readYearRange(s, tok, nian ? y + 1 : j, nian);
  if (range) return range;
  const part = readYearPart(s, nian ? j : skipSpace(s, j), nian);
  if (part) {
    ctx.lastYear = year;
    const date = `${year}${part.suffix.replaceAll('{Y}', String(year))}`;
    return dateDraft(tok.start, part.end, date, part.precision, part.kind);
  }
  if (!nian) return null;
  if (s.startsWith('财年', tok.end) || s.startsWith('年度', tok.end))
    return yearDraft(tok.start, tok.end + 2, year);
  const end = y + 1;
  ctx.lastYear = year;
  const md = readMonthDay(s, j);
  if (md) ctx.lastMonth = monthDayIso(year, { ...md, day: null });
  if (md)
    return (
      readDateRange(s, tok.start, year, md) ??
      dateDraft(tok.start, md.end, monthDayIso(year, md), precisionOf(md))
    );
  const span = readMonthSpan(s, readNumber(s, j), year, tok.start);
  if (span) return span;
  const around = wordAt(s, end, ['前后', '左右', '以来', '至今', '以前', '之前', '以后', '之后']);
  if (around === '前后' || around === '左右') return yearDraft(tok.start, end + 2, year, '~');
  if (around === '以前' || around === '之前') return yearDraft(tok.start, end + 2, year, '<');
  if (around === '以后' || around === '之后') return yearDraft(tok.start, end + 2, year, '>');
  // 2017年以来: from 2017 on; the date column names the year it starts (an open interval is no partial date).
  if (around === '以来' || around === '至今')
    return { ...yearDraft(tok.start, end + 2, year, '>='), kind: 'period' };
  return yearDraft(tok.start, end, year);
}

function precisionOf(md: MonthDay): 'day' | 'month' {
  return md.day === null ? 'month' : 'day';
}
