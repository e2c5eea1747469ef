import {
  CN_BIG_UNITS,
  CN_DIGITS,
  CN_TENS,
  cnDigit,
  digitAt,
  isHan,
  isScaleChar,
  isSpaceAt
} from '../lexicon/chars';
import { readArabic, type ArabicNumber } from './readArabic';
import { SectionState } from './sectionState';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Product of the scale words after the last digit (7500万 → 1e4), null when it ends in a digit. */
  scale: number | null;
  form: 'arabic' | 'chinese';
  /** A single Chinese character such as 一 / 两 / 十: idiom-prone, so it needs a unit to count. */
  lone: boolean;
  /** Chinese digits read one by one (二〇一八), as in years. */
  digitString: boolean;
  /** The leading Arabic numeral, for identifier checks. */
  arabic: ArabicNumber | null;
  /** 多/余 between the numeral and a scale word (十多万, 1000多万): the value is a lower bound. */
  more: boolean;
  /** Began with a scale word (百万, 亿): only meaningful before a unit or after a qualifier. */
  scaleStart: boolean;
  integer: boolean;
}

/**
 * Reads a numeral at `i`: Arabic (with scale words: 1.25万, 20 亿), Chinese (三万四千零三十六, 两千五, 一亿五,
 * 三点五, financial 壹贰叁) or Chinese digit strings (二〇一八). With `scaleStart`, a bare scale word is a numeral
 * too (百万 → 1e6), which callers allow only where a qualifier or unit makes the intent plain.
 */
export function readNumber(s: string, i: number, scaleStart = false): NumberToken | null {
  const arabic = digitAt(s, i) >= 0 ? readArabic(s, i) : null;
  const ten = s.charAt(i) === '十' || s.charAt(i) === '拾';
  const startsWithScale = !arabic && isScaleChar(s, i) && !ten;
  if (!arabic && cnDigit(s, i) < 0 && CN_TENS[s.charAt(i)] === undefined && !ten) {
    if (!(scaleStart && startsWithScale)) return null;
  }
  if (!arabic && !startsWithScale) {
    const run = digitRun(s, i);
    if (run >= 2) return digitString(s, i, run);
  }
  const st = new SectionState(arabic ? Number(arabic.digits) : null, arabic !== null || !startsWithScale);
  let j = arabic ? arabic.end : i;
  if (arabic && isSpaceAt(s, j) && CN_BIG_UNITS[s.charAt(j + 1)] !== undefined) j++;
  if (!arabic) j = st.step(s, j, true);
  while (j < s.length) {
    let next = st.step(s, j, false);
    // A single character joins across a space only when it does not end a word (统一 百度).
    const spacedOk = arabic || j - i >= 2 || !isHan(s, i - 1);
    if (next === j && isSpaceAt(s, j) && spacedOk) next = spacedStep(s, j, st);
    if (next === j) break;
    j = next;
  }
  if (j === i) return null;
  let raw = st.finish(s.charAt(j - 1));
  let latinScale = 1;
  if (arabic && j === arabic.end) {
    latinScale = latinScaleAt(s, j);
    if (latinScale > 1) {
      raw *= latinScale;
      j++;
    }
  }
  // Decimal mantissas pick up binary noise when scaled (8192.04万亿); integer arithmetic is exact.
  const value = st.decimal || arabic?.decimal ? clean(raw) : raw;
  const chinese = !arabic;
  const tail = latinScale > 1 ? latinScale : st.tailScale;
  return {
    start: i,
    end: j,
    value,
    scale: tail === 1 ? null : tail,
    form: chinese ? 'chinese' : 'arabic',
    lone: chinese && j - i === 1 && !startsWithScale,
    digitString: false,
    arabic,
    more: st.more,
    // 百三 / 千二 (130, 1200): a digit after the leading scale word makes it a numeral of its own.
    scaleStart: startsWithScale && !st.digitSeen,
    integer: Number.isInteger(value)
  };
}

/**
 * A numeral written with spaces (`一百 五 十 二`, `三千 八百 九十六 万`, `7 万5 千4 百`): the element after the
 * space at `j` joins only when it is a Chinese digit or scale word, and a digit only when a scale word follows
 * it or it is the ones after 十 or 零, so `2万 三个月` never becomes 23000. Returns the new position, or `j`.
 */
function spacedStep(s: string, j: number, st: SectionState): number {
  const ch = s.charAt(j + 1);
  if (CN_DIGITS[ch] === undefined && !isScaleChar(s, j + 1)) return j;
  const trial = st.clone();
  const next = trial.step(s, j + 1, false);
  if (next === j + 1) return j;
  if (ch === '零' || ch === '〇') {
    const after = isSpaceAt(s, next) ? next + 1 : next;
    if (CN_DIGITS[s.charAt(after)] === undefined) return j; // 一万 零一: the zero only marks a skipped place
  } else if (CN_DIGITS[ch] !== undefined && st.lastUnit !== 10 && !st.afterZero) {
    const k = isSpaceAt(s, next) ? next + 1 : next;
    if (!isScaleChar(s, k)) return j;
  }
  Object.assign(st, trial);
  return next;
}

/** `k` / `K` (thousand) and the internet's `w` (万) glued to Arabic digits: 40k, 3.2k, 10w; not km or kWh. */
function latinScaleAt(s: string, j: number): number {
  const c = s.charAt(j);
  const f = c === 'k' || c === 'K' || c === 'ｋ' || c === 'Ｋ' ? 1e3 : c === 'w' ? 1e4 : 1;
  if (f === 1) return 1;
  const n = s.charCodeAt(j + 1);
  return (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || (n >= 0xff21 && n <= 0xff5a) ? 1 : f;
}

/** Financial (anti-fraud) digits: alone (陆 in 大陆, 伍 in 队伍) they are words, not numbers. */
export const FINANCIAL = '壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟';

/** Removes binary floating-point noise from scaled decimals (1.1 × 10^4 → 11000). */
export function clean(v: number): number {
  return Number(v.toPrecision(15));
}

/** Consecutive Chinese digits (not 两, which never appears digit by digit). */
function digitRun(s: string, i: number): number {
  let k = i;
  while (cnDigit(s, k) >= 0 && s.charAt(k) !== '两' && s.charAt(k) !== '兩') k++;
  return k - i;
}

function digitString(s: string, i: number, run: number): NumberToken | null {
  // Two adjacent digits are a vague pair (两三, 七八) unless one is a zero; readVague handles those.
  if (run === 2 && cnDigit(s, i) !== 0 && cnDigit(s, i + 1) !== 0) return null;
  let text = '';
  for (let k = i; k < i + run; k++) text += String(CN_DIGITS[s.charAt(k)] ?? 0);
  return {
    start: i,
    end: i + run,
    value: Number(text),
    scale: null,
    form: 'chinese',
    lone: false,
    digitString: true,
    arabic: null,
    more: false,
    scaleStart: false,
    integer: true
  };
}
