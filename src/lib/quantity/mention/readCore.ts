import {
  CN_BIG_UNITS,
  CN_DIGITS,
  CN_SMALL_UNITS,
  cnDigit,
  digitAt,
  isScaleChar,
  oneOf
} from '../lexicon/chars';
import { standsAlone } from './numberGuards';
import { combine, type Core } from '../combine';
import { dateDraft } from '../drafts';
import { readCurrencyPrefix } from '../numerals/readCurrencyPrefix';
import { readDiscount } from '../numerals/readDiscount';
import { readHalf, readHalfDuration, readPerCent } from '../numerals/readFraction';
import { readDoubling } from '../numerals/readMagnitude';
import { readNumber } from '../numerals/readNumber';
import { readOrdinal } from './readOrdinal';
import type { Qualifier } from '../lexicon/readQualifier';
import { fractionDraft } from './fractionDraft';
import { readQuantity } from './readQuantity';
import { readRelativeYear } from '../dates/readRelativeYear';
import { readUnit } from '../lexicon/readUnit';
import { numeralJi } from '../numerals/readVague';
import { readVagueQuantity } from './readVagueQuantity';
import { readYearPart } from '../dates/readYearPart';
import type { Draft, Outcome, QuantityContext } from '../types';

/**
 * The quantity, date or rank starting exactly at `i` (after any qualifier, which `qc.prefix` carries). Each
 * reader is only tried for the characters it can start with, which keeps the per-trigger cost small.
 */
export function readCore(s: string, i: number, qc: QuantityContext, publishedYear: number | null): Outcome {
  const none: Outcome = { drafts: [], next: i + 1 };
  const ch = s.charAt(i);
  const digit = digitAt(s, i) >= 0 || CN_DIGITS[ch] !== undefined;
  if (!qc.prefix) {
    const calendar = readCalendarWord(s, i, ch, digit, qc, publishedYear);
    if (calendar) return calendar;
  }
  const per = oneOf('百千万一大半过逾近佰仟', ch) ? (readPerCent(s, i) ?? readHalf(s, i)) : null;
  if (per) {
    const core: Core =
      per.high !== undefined
        ? { low: per.value, high: per.high, comparator: 'range' }
        : { low: per.value, high: per.value, comparator: per.comparator === '>' ? '>' : '=' };
    // 近半 carries its own '~'; treat it like a prefix so that the span starts at 近.
    const inner: Qualifier = { start: i, end: i, comparator: '~', word: '' };
    const d = fractionDraft(
      s,
      i,
      per.end,
      core,
      per.comparator === '~' && !qc.prefix ? { ...qc, prefix: inner } : qc
    );
    return { drafts: [d], next: d.end };
  }
  const special = oneOf(SPECIAL_STARTS, ch) ? readSpecial(s, i, qc) : null;
  if (special) return special;
  const discount = digit && hasZheSoon(s, i) ? readDiscount(s, i, qc) : null;
  if (discount) return { drafts: [discount], next: discount.end };
  if (!digit && !oneOf('十廿卅数數几幾上', ch) && !CN_BIG_UNITS[ch] && !CN_SMALL_UNITS[ch]) return none;
  const vague = readVagueQuantity(s, i, qc);
  if (vague) return vague;
  const tok = readNumber(s, i, qc.prefix !== null || startsScaleQuantity(s, i));
  if (!tok) return none;
  const ji = oneOf('几幾', s.charAt(tok.end)) ? numeralJi(s, tok) : null;
  return ji ? (readVagueQuantity(s, i, qc, ji) ?? none) : readQuantity(s, tok, qc);
}

/** 去年3月 / 今年上半年, a year part without a year (下半年, 第三季度), and ranks (第四, 首位, 前五). */
function readCalendarWord(
  s: string,
  i: number,
  ch: string,
  digit: boolean,
  qc: QuantityContext,
  publishedYear: number | null
): Outcome | null {
  if (oneOf('去今明前后同当', ch)) {
    const r = single(readRelativeYear(s, i, qc.date, publishedYear));
    if (r) return r;
  }
  if (digit || oneOf('上下第前', ch)) {
    const p = readYearPart(s, i, false);
    if (p) return single(dateDraft(i, p.end, `-${p.suffix.replaceAll('{Y}', '-')}`, p.precision, p.kind));
  }
  if (oneOf('第首榜居前', ch)) {
    const ord = readOrdinal(s, i);
    if (ord.length > 0) return { drafts: ord, next: ord[ord.length - 1]?.end ?? i + 1 };
  }
  return null;
}

const SPECIAL_STARTS = '半翻人港$¥￥新台欧日英€£对美₦₩₹';

/** Whether 折 follows within the few characters a discount's numeral takes (cheap pre-check). */
function hasZheSoon(s: string, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < s.length; k++) if (s.charAt(k) === '折') return true;
  return false;
}

/** 半百 = 50 (年过半百), 半成 = 5 %, 半打 = 6: a half of a round unit. */
const HALVES: Record<string, [number, Draft['kind'], Draft['unit']]> = {
  半百: [50, 'number', null],
  半成: [5, 'percent', '%'],
  半打: [6, 'count', 'count']
};

/** 半年 / 半个月, 半百 / 半成 / 半打, 对折, 翻番, and currency written before the amount. */
function readSpecial(s: string, i: number, qc: QuantityContext): Outcome | null {
  const halfOf = oneOf('半对', s.charAt(i)) ? s.slice(i, i + 2) : '';
  const h = HALVES[halfOf];
  if (h && !oneOf('品年', s.charAt(i + 2))) {
    const b = combine({ low: h[0], high: h[0], comparator: '=' }, qc.prefix?.comparator ?? null, null);
    return single({ start: qc.prefix?.start ?? i, end: i + 2, kind: h[1], unit: h[2], scale: null, ...b });
  }
  if (halfOf === '对折' || halfOf === '半折') return single(readDiscount(s, i, qc));
  const half = readHalfDuration(s, i);
  if (half) {
    const b = combine(
      { low: half.value, high: half.value, comparator: '=' },
      qc.prefix?.comparator ?? null,
      null
    );
    const start = qc.prefix?.start ?? i;
    return single({ start, end: half.end, kind: 'count', unit: half.unit, scale: null, ...b });
  }
  return single(readDoubling(s, i)) ?? single(readCurrencyPrefix(s, i));
}

function single(d: Draft | null): Outcome | null {
  return d ? { drafts: [d], next: d.end } : null;
}

/**
 * A bare scale word is a figure before a unit that settles it: money (百万美元, 亿元), or any unit after 余 / 多
 * (百余人, 千余家). Elsewhere (千万不要, 万一) it is a word.
 */
function startsScaleQuantity(s: string, i: number): boolean {
  if (s.charAt(i) === '十' || (!CN_SMALL_UNITS[s.charAt(i)] && !CN_BIG_UNITS[s.charAt(i)])) return false;
  // 百三 / 千二 (colloquial 130, 1200); not 万一 ("in case"), so only after 百 and 千.
  if (oneOf('百佰千仟', s.charAt(i)) && cnDigit(s, i + 1) > 1 && !isScaleChar(s, i + 2)) {
    return standsAlone(s, i, i + 2) || readUnit(s, i + 2) !== null; // not 自损千五……
  }
  let j = i;
  while (j < i + 4 && (CN_SMALL_UNITS[s.charAt(j)] || CN_BIG_UNITS[s.charAt(j)])) j++;
  if (standsAlone(s, i, j)) return true;
  if (oneOf('余多', s.charAt(j)) && readUnit(s, j + 1) !== null) return true;
  return readUnit(s, j) !== null;
}
