import { CN_BIG_UNITS, cnDigit, isScaleChar, oneOf } from '../lexicon/chars';
import { readNumber, type NumberToken } from './readNumber';
import type { UnitMatch } from '../lexicon/readUnit';

/**
 * What may follow a unit and still belong to the figure: the tenths of a share (七成六 = 76 %) and the jiao
 * and fen of a yuan amount (50元6角三分 = 50.63 元). `tenths` is added before the unit's factor, `add` after.
 */
export function extraAfterUnit(
  s: string,
  unit: UnitMatch
): { end: number; tenths: number; add: number } | null {
  const k = unit.end;
  if (unit.unit === '%' && unit.factor === 10 && !unit.half) {
    const d = cnDigit(s, k);
    if (d < 1 || s.charAt(k) === '两' || cnDigit(s, k + 1) >= 0 || isScaleChar(s, k + 1)) return null;
    if (oneOf('个人年次种项', s.charAt(k + 1))) return null;
    return { end: k + 1, tenths: d, add: 0 };
  }
  if (unit.unit !== 'CNY' || !oneOf('元圆', s.charAt(k - 1))) return null;
  let end = k;
  let add = 0;
  const jiao = smallDigit(readNumber(s, end));
  if (jiao && oneOf('角毛', s.charAt(jiao.end))) {
    add += jiao.value / 10;
    end = jiao.end + 1;
  }
  const fen = smallDigit(readNumber(s, end));
  if (fen && s.charAt(fen.end) === '分' && !oneOf('钟之析别数', s.charAt(fen.end + 1))) {
    add += fen.value / 100;
    end = fen.end + 1;
  }
  return end > k ? { end, tenths: 0, add } : null;
}

function smallDigit(t: NumberToken | null): NumberToken | null {
  return t && t.integer && t.scale === null && !t.more && t.value >= 1 && t.value <= 9 ? t : null;
}

/**
 * A scale word standing for no number: a table caption `(亿美元)` / `单位：万元`, an order of magnitude
 * `亿元规模` / `百亿级`, or 亿 / 万 alone (`亿元` says "hundreds of millions", not 1亿). Only a qualifier
 * (过亿元, 上亿) makes such a word a figure.
 */
export function isScaleOnly(s: string, tok: NumberToken, end: number): boolean {
  let bigOnly = true;
  for (let k = tok.start; k < tok.end; k++) if (CN_BIG_UNITS[s.charAt(k)] === undefined) bigOnly = false;
  if (bigOnly) return true;
  if (oneOf('(（', s.charAt(tok.start - 1)) && oneOf(')）', s.charAt(end))) return true;
  if (s.startsWith('单位', tok.start - 3) || s.startsWith('单位', tok.start - 2)) return true;
  return s.startsWith('规模', end) || s.startsWith('级', end) || s.startsWith('量级', end);
}
