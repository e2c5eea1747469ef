import type { MentionKind } from '../../schema/vocab';
import { CN_BIG_UNITS, isSpaceAt, oneOf } from '../lexicon/chars';
import { extraAfterUnit, isScaleOnly } from '../numerals/unitTail';
import { englishTail } from '../numerals/readEnglish';
import { combine, type Core } from '../combine';
import { bounds, yearDraft } from '../drafts';
import { fractionDraft } from './fractionDraft';
import { arabicIdentifierEnd } from '../numerals/identifiers';
import {
  acceptable,
  bareAllowed,
  isNegative,
  isRound,
  isTimeOrCohort,
  latinSuffixAllowed,
  standsAlone
} from './numberGuards';
import { isYear } from '../numerals/isYear';
import { readDate } from '../dates/readDate';
import { readIso } from '../dates/readIso';
import { readOutOf } from '../numerals/readFraction';
import { readDigitCount, readMagnitude } from '../numerals/readMagnitude';
import { clean, FINANCIAL, type NumberToken } from '../numerals/readNumber';
import { readSuffixQualifier, type Qualifier } from '../lexicon/readQualifier';
import { readRange } from './readRange';
import { readCounterDa, readUnit } from '../lexicon/readUnit';
import type { Draft, Outcome, QuantityContext } from '../types';

/**
 * Everything a numeral can become: an ISO date or identifier, a calendar date, a fraction (三分之一), orders
 * of magnitude, a digit count (两位数), or a quantity with its unit, 多/余, range and qualifiers.
 */
export function readQuantity(s: string, tok: NumberToken, qc: QuantityContext): Outcome {
  const reject: Outcome = { drafts: [], next: tok.end };
  if (tok.lone && oneOf(FINANCIAL, s.charAt(tok.start)) && !standsAlone(s, tok.start, tok.end)) {
    if (!readUnit(s, tok.end) || readUnit(s, tok.end)?.weak) return reject; // 大陆, 陆家嘴; but 贰元
  }
  if (tok.arabic) {
    const iso = tok.arabic.intDigits === 4 ? readIso(s, tok.start) : null;
    if (iso) return { drafts: [iso], next: iso.end };
    const idEnd = arabicIdentifierEnd(s, tok, latinSuffixAllowed(s, tok));
    if (idEnd >= 0) return { drafts: [], next: idEnd, identifierEnd: idEnd };
  }
  const date = readDate(s, tok, qc.date);
  if (date) return { drafts: [withPrefixOnYear(date, qc.prefix)], next: date.end };
  const outOf = readOutOf(s, tok);
  if (outOf) {
    const d = fractionDraft(
      s,
      outOf.start,
      outOf.end,
      { low: outOf.value, high: outOf.value, comparator: '=' },
      qc
    );
    return { drafts: [d], next: d.end };
  }
  const other = readMagnitude(s, tok) ?? readDigitCount(s, tok);
  if (other) return { drafts: [other], next: other.end };
  return tok.digitString ? reject : readCounted(s, tok, qc);
}

/** The numeral with 多/余/来, its unit (or 个亿), a range or suffix qualifiers: 二十多页, 约1800人, 30%以上. */
function readCounted(s: string, tok: NumberToken, qc: QuantityContext): Outcome {
  const reject: Outcome = { drafts: [], next: tok.end };
  let j = tok.end;
  let more = tok.more;
  let approx = false;
  // `4800 多篇`: a space may stand between the numeral and its 多 / 余 when a unit follows them.
  if (isSpaceAt(s, j) && oneOf('多余', s.charAt(j + 1)) && readUnit(s, j + 2)) j++;
  const c = s.charAt(j);
  if ((c === '多' || c === '余') && isRound(tok) && !oneOf('额量地粮', s.charAt(j + 1))) {
    more = true;
    j++;
  } else if (c === '来' && isRound(tok) && readUnit(s, j + 1)) {
    approx = true; // 十来年: about ten years
    j++;
  }
  if (s.charAt(j) === '强' && tok.integer && tok.scale === null && !more) {
    // 世界500强: the top 500, a rank bound.
    const top: Draft = {
      start: tok.start,
      end: j + 1,
      kind: 'ordinal',
      unit: 'rank',
      scale: null,
      ...bounds(tok.value, '<=')
    };
    return { drafts: [top], next: j + 1 };
  }
  // 两个亿 / 一个亿: colloquially 个 stands between the numeral and its scale word.
  const bigAfterGe = s.charAt(j) === '个' ? (CN_BIG_UNITS[s.charAt(j + 1)] ?? 1) : 1;
  if (bigAfterGe > 1) j += 2;
  const unit = readUnit(s, j) ?? (tok.scale === null ? readCounterDa(s, j, tok.value) : null);
  const qualified0 = qc.prefix !== null || more;
  // 一只 / 仟 alone in a cell; 一只猫 and 一个时代 keep 一 as an article.
  const alone =
    tok.form === 'chinese' &&
    (!unit || (tok.lone && !tok.scaleStart)) &&
    standsAlone(s, qc.prefix?.start ?? tok.start, unit ? unit.end : j);
  if (!acceptable(tok, unit, qc.prefix !== null || more, alone)) return reject;
  if (!unit && isTimeOrCohort(s, j, tok)) return reject;
  const base = tok.value * bigAfterGe;
  if (tok.scaleStart && !qualified0 && isScaleOnly(s, tok, unit ? unit.end : j)) return reject;
  const extra = unit ? extraAfterUnit(s, unit) : null;
  const english = unit ? null : englishTail(s, j);
  const value = unit
    ? clean((base + (unit.half ? 0.5 : 0) + (extra?.tenths ?? 0) / 10) * unit.factor + (extra?.add ?? 0))
    : clean(base * (english?.factor ?? 1));
  let end = extra?.end ?? unit?.end ?? english?.end ?? j;
  more ||= unit?.more ?? false;

  const range = more || approx ? null : readRange(s, end, tok, value, unit, qc);
  if (range) return { drafts: [range], next: range.end };

  const suffix = unit?.more ? null : readSuffixQualifier(s, end);
  const usable = suffix && !(unit && (suffix.word === '多' || suffix.word === '余')) ? suffix : null;
  if (usable) end = usable.end;
  const qualified = qc.prefix !== null || usable !== null || more || approx || english !== null;
  if (!unit && !qualified && bigAfterGe === 1 && !alone && !bareAllowed(s, tok, qc.lastIdentifierEnd)) {
    // Hook, Daniel (2025): a year in parentheses, as references cite them.
    const inParens = oneOf('(（', s.charAt(tok.start - 1)) && oneOf(')）', s.charAt(tok.end));
    if (isYear(tok) && tok.value <= 2100 && inParens)
      return { drafts: [yearDraft(tok.start, tok.end, tok.value)], next: tok.end };
    return reject;
  }
  if (!unit && tok.lone && bigAfterGe === 1 && !alone) return reject;
  const negative = qc.prefix === null && isNegative(s, tok);
  const signed = negative ? -value : value;
  const core: Core = { low: signed, high: signed, comparator: more ? '>' : '=' };
  const b = combine(core, qc.prefix?.comparator ?? (approx ? '~' : null), usable?.comparator ?? null);
  const kind: MentionKind = unit?.kind ?? english?.kind ?? 'number';
  const start = qc.prefix?.start ?? (negative ? tok.start - 1 : tok.start);
  const englishScale = english && english.factor > 1 ? english.factor : null;
  const scale = bigAfterGe > 1 ? bigAfterGe : (englishScale ?? tok.scale);
  const u = unit?.unit ?? english?.unit ?? null;
  return { drafts: [{ start, end, kind, unit: u, scale, ...b }], next: end };
}

/** 约2012年: a qualifier before a year makes it approximate (2012年前后 is read by readDate itself). */
function withPrefixOnYear(d: Draft, prefix: Qualifier | null): Draft {
  if (!prefix || d.kind !== 'year' || d.comparator !== '=' || d.value === null) return d;
  return yearDraft(prefix.start, d.end, d.value, prefix.comparator);
}
