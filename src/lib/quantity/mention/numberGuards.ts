import { digitAt, isHan, isLetterAt, oneOf } from '../lexicon/chars';
import { isBareLabel } from '../numerals/identifiers';
import { isYear } from '../numerals/isYear';
import type { NumberToken } from '../numerals/readNumber';
import { readUnit, type UnitMatch } from '../lexicon/readUnit';
import { readYearPart } from '../dates/readYearPart';

/**
 * Small judgements about a numeral in its context, shared by the quantity reader: whether it is a figure at
 * all, and how to read the characters around it.
 */

/** A minus sign right before an Arabic numeral (同比-3.5%), not a hyphen inside a token or range. */
export function isNegative(s: string, tok: NumberToken): boolean {
  if (!tok.arabic || !oneOf('-−－', s.charAt(tok.start - 1))) return false;
  const before = s.charAt(tok.start - 2);
  return before === '' || !/[0-9A-Za-z)）\]０-９-]/.test(before);
}

/** Letters glued to an Arabic numeral that are a unit (10x, 7nm) or a period (2024Q3, 2024H1). */
export function latinSuffixAllowed(s: string, tok: NumberToken): boolean {
  const e = tok.arabic?.end ?? tok.end;
  if (!isLetterAt(s, e)) return true;
  if (tok.end > e && tok.scale !== null) return !isLetterAt(s, tok.end); // 40k, 3.2k: a scale letter
  if (isYear(tok) && readYearPart(s, e, false)) return true;
  return tok.end === e && readUnit(s, e) !== null;
}

/**
 * 一 before a generic classifier (一个时代, 一家公司) is an article, not a figure; a bare scale word (万家, 千万
 * 不要) is a word unless money, a qualifier or 余/多 settle it.
 */
export function acceptable(
  tok: NumberToken,
  unit: UnitMatch | null,
  qualified: boolean,
  alone = false
): boolean {
  if (alone) return true;
  if (tok.scaleStart && !qualified) {
    const wordy = tok.end - tok.start >= 2;
    if (!unit || !(unit.kind === 'money' || (wordy && !unit.weak))) return false;
  }
  return !(tok.lone && tok.value === 1 && unit?.weak);
}

/** 9点 / 14时 (clock times) and 90后 (people born in the 1990s) are not quantities. */
export function isTimeOrCohort(s: string, j: number, tok: NumberToken): boolean {
  const c = s.charAt(j);
  if ((c === '点' || c === '时') && tok.integer && tok.value <= 24) return true;
  return c === '后' && tok.arabic !== null && tok.arabic.intDigits === 2 && tok.value % 5 === 0;
}

/** 多 / 余 / 来 only approximate round numbers (二十多, 100余, 1万多); 25多 is not Chinese. */
export function isRound(tok: NumberToken): boolean {
  if (!tok.integer || tok.value < 10) return false;
  return tok.scale !== null || tok.value % 10 === 0;
}

/**
 * A numeral with no unit and no qualifier counts only when it clearly is a figure: Chinese ones from 100 up
 * (一千八百; 十一 is a holiday, 二十 rarely stands alone), Arabic ones unless they look like labels.
 */
export function bareAllowed(s: string, tok: NumberToken, lastIdentifierEnd: number): boolean {
  if (tok.form === 'chinese') return !tok.lone && !tok.scaleStart && tok.value >= 100;
  return !isBareLabel(s, tok, lastIdentifierEnd);
}

/**
 * A numeral standing alone between spaces, punctuation or the ends of the text (a table cell, a cheque's
 * 贰, a quiz answer 陆): then even a single character or a bare scale word (仟) is a number. A list marker
 * (一、 / 二.) is not alone: it labels what follows.
 */
export function standsAlone(s: string, start: number, end: number): boolean {
  const before = start - 1;
  if (before >= 0 && (isHan(s, before) || isLetterAt(s, before) || digitAt(s, before) >= 0)) return false;
  if (end >= s.length) return true;
  if (isHan(s, end) || isLetterAt(s, end) || digitAt(s, end) >= 0) return false;
  return !oneOf('、.．)）%％', s.charAt(end));
}
