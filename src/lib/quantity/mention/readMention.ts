import {
  CN_BIG_UNITS,
  CN_DIGITS,
  CN_SMALL_UNITS,
  digitAt,
  isAsciiLetter,
  isScaleChar,
  oneOf,
  skipSpace,
  wordAt
} from '../lexicon/chars';
import { latinTokenEnd } from '../numerals/identifiers';
import { readCore } from './readCore';
import { readCurrencyPrefix } from '../numerals/readCurrencyPrefix';
import { readEnglish } from '../numerals/readEnglish';
import { readNumber } from '../numerals/readNumber';
import { groupLabelEnd } from './readOrdinal';
import { readPrefixQualifier, type Qualifier } from '../lexicon/readQualifier';
import { isSignable, negate } from './negate';
import type { Draft, Outcome, QuantityContext } from '../types';

/** Words allowed between a qualifier and its number: 大概只有20%, 超过了100篇, 约为3成, 约占35%. */
const FILLERS = ['只有', '仅有', '仅', '只', '了', '有', '为', '是', '在', '达到', '达', '于', '占'];

/**
 * The mention starting at `i`, if any: a latin token (skipped whole, unless it is a currency such as US$5亿),
 * 双11-style names (skipped), or a qualifier word followed by a quantity, or a quantity on its own.
 */
export function readMention(
  s: string,
  i: number,
  qc: QuantityContext,
  publishedYear: number | null
): Outcome {
  const ch = s.charAt(i);
  if (ch === '前' || ch === 'T' || ch === 't') {
    const label = groupLabelEnd(s, i);
    if (label > i) return { drafts: [], next: label };
  }
  if (ch === '负' && s.charAt(i - 1) !== '正') {
    const r = readCore(s, i + 1, qc, publishedYear);
    const d = r.drafts[0];
    if (r.drafts.length === 1 && d && isSignable(d)) return { drafts: [negate(d, i)], next: r.next };
  }
  if (isAsciiLetter(s.charCodeAt(i))) {
    const english = readEnglish(s, i);
    if (english) return { drafts: [english], next: english.end };
    const money = readCurrencyPrefix(s, i);
    if (money) return { drafts: [money], next: money.end };
    const end = latinTokenEnd(s, i);
    return /[0-9]/.test(s.slice(i, end))
      ? { drafts: [], next: end, identifierEnd: end }
      : { drafts: [], next: end };
  }
  const c = s.charAt(i + 1);
  if (s.charAt(i) === '双' && (digitAt(s, i + 1) >= 0 || CN_DIGITS[c] !== undefined || c === '十')) {
    const tok = readNumber(s, i + 1);
    if (tok) return { drafts: [], next: tok.end, identifierEnd: tok.end };
  }
  const q = readPrefixQualifier(s, i);
  if (q) {
    const filler = wordAt(s, q.end, FILLERS);
    const k = skipSpace(s, q.end + (filler?.length ?? 0));
    // 过 qualifies only round scales and halves (过万, 过半): 过3年 is "after 3 years".
    const scaleNext = CN_BIG_UNITS[s.charAt(k)] !== undefined || CN_SMALL_UNITS[s.charAt(k)] !== undefined;
    if (
      (q.word !== '过' || scaleNext || s.charAt(k) === '半') &&
      !(q.word === '过' && isAspectGuo(s, q.start, k))
    ) {
      const r = readCore(s, k, { ...qc, prefix: q }, publishedYear);
      if (r.drafts.length > 0 && !(q.word === '近' && isRecentSpan(s, q, r.drafts[0]))) return r;
    }
  }
  const r = readCore(s, i, qc, publishedYear);
  return r.drafts.length > 0 || r.identifierEnd !== undefined
    ? r
    : { drafts: [], next: Math.max(i + 1, r.next) };
}

/**
 * 近三年 / 近6个月 usually mean "the last three years", not "nearly": 近 before a duration is dropped unless a
 * verb before it (运营了近10年) shows the approximate sense.
 */
function isRecentSpan(s: string, q: Qualifier, d: Draft | undefined): boolean {
  if (!d || (d.unit !== 'years' && d.unit !== 'months')) return false;
  return !oneOf('了达有已用花耗历续将', s.charAt(q.start - 1));
}

/** Verbs whose 过 is the aspect marker (管理过千余人 = "has managed 1,000-odd people"), not "over". */
const VERB_BEFORE_GUO = '理做见读写看听吃住待干当带教学卖买拿赚花捐聘雇养用';

/**
 * 过 before a number is "over" (过万, 过半) unless it follows a verb (管理过) or the number states its own
 * bound with 余 / 多 (过千余人): then 过 is the experiential aspect and stays out of the figure.
 */
function isAspectGuo(s: string, guo: number, k: number): boolean {
  if (oneOf(VERB_BEFORE_GUO, s.charAt(guo - 1))) return true;
  let m = k;
  while (m < k + 8 && (isScaleChar(s, m) || CN_DIGITS[s.charAt(m)] !== undefined || digitAt(s, m) >= 0)) m++;
  return oneOf('余多', s.charAt(m));
}
