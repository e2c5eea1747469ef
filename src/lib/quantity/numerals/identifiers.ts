import { digitAt, isAsciiLetter, isLetterAt, isSpaceAt, oneOf } from '../lexicon/chars';
import type { NumberToken } from './readNumber';

/** ASCII characters that may continue an identifier token between letters and digits (H-1B, No.1, a_b). */
const JOINERS = '._-/:@#+&=?~%';

/**
 * End of the ASCII token starting at `i` (a letter): URLs and DOIs run to the next space or non-ASCII
 * character; other tokens (GPT-4, H-1B, No.1, A100, B2C) over letters, digits and inner joiners.
 */
export function latinTokenEnd(s: string, i: number): number {
  let j = i;
  if (s.startsWith('http', i) || s.startsWith('www.', i) || s.startsWith('doi:', i)) {
    while (j < s.length && s.charCodeAt(j) > 0x20 && s.charCodeAt(j) < 0x7f) j++;
    return j;
  }
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isAsciiLetter(c) || digitAt(s, j) >= 0) j++;
    else if (oneOf(JOINERS, s.charAt(j)) && (isLetterAt(s, j + 1) || digitAt(s, j + 1) >= 0)) j++;
    else break;
  }
  return j;
}

/** Words right before a number that make it an identifier (微信号:183…, 代码600941, QQ 12345). */
const ID_WORDS = [
  '微信号',
  '微信',
  '电话',
  '手机',
  '热线',
  '编号',
  '代码',
  '编码',
  '密码',
  '账号',
  '邮编',
  '工号',
  '学号',
  'QQ',
  '号码',
  '号',
  'ID'
];

/**
 * When the Arabic numeral of `tok` is an identifier, the offset to skip to; else -1. Catches glued letters
 * (5G, 3D), dotted or slashed tokens (1.3.0, 10.6084/m9…, 20251213732.html), times (9:30), leading zeros
 * (09988, 00700), stock codes in parentheses ((601728)), numbers after ID words and 双11.
 */
export function arabicIdentifierEnd(s: string, tok: NumberToken, allowedSuffix: boolean): number {
  const a = tok.arabic;
  if (!a) return -1;
  const e = a.end;
  const next = s.charAt(e);
  if (isLetterAt(s, e) && !allowedSuffix) return latinTokenEnd(s, a.start);
  if (
    (next === '.' || next === '/' || next === '_' || next === '@' || next === ':') &&
    /[0-9A-Za-z]/.test(s.charAt(e + 1))
  ) {
    return latinTokenEnd(s, a.start);
  }
  if (a.leadingZero && !a.decimal) return latinTokenEnd(s, a.start);
  const before = s.charAt(a.start - 1);
  if (before === '双') return e;
  if (
    (before === '(' || before === '（') &&
    !a.grouped &&
    !a.decimal &&
    a.intDigits >= 5 &&
    tok.scale === null
  ) {
    if (oneOf(')）,，.', next) || next === '') return e;
  }
  if (precededByIdWord(s, a.start)) return latinTokenEnd(s, a.start);
  return -1;
}

function precededByIdWord(s: string, i: number): boolean {
  let k = i;
  if (s.charAt(k - 1) === ':' || s.charAt(k - 1) === '：') k--;
  if (isSpaceAt(s, k - 1)) k--;
  for (const w of ID_WORDS) if (s.startsWith(w, k - w.length) && k - w.length >= 0) return true;
  return false;
}

/**
 * Whether a number with no unit and no qualifier is a label rather than a figure: long digit runs (phone
 * numbers), list markers (1. / 1、 / (1) / [1]), model numbers after a latin word (iPhone 15, Top 10),
 * festival names (618大促) and items listed next to an identifier (双11、618).
 */
export function isBareLabel(s: string, tok: NumberToken, lastIdentifierEnd: number): boolean {
  const a = tok.arabic;
  if (a && !a.grouped && !a.decimal && a.intDigits >= 7) return true;
  const before = s.charAt(tok.start - 1);
  const after = s.charAt(tok.end);
  if (oneOf('[【［', before) && before !== '' && oneOf(']】］', after) && after !== '') return true;
  if ((before === '(' || before === '（') && (after === ')' || after === '）')) return true;
  const lineStart = tok.start === 0 || before === '\n';
  if (lineStart && oneOf('.、)）．', after) && after !== '') return true;
  if (isSpaceAt(s, tok.start - 1) && isLetterAt(s, tok.start - 2)) return true;
  // Table residue (`396.3 1 5.3`): bare numbers side by side, separated by spaces, are cells, not figures.
  if (isSpaceAt(s, tok.start - 1) && digitAt(s, tok.start - 2) >= 0) return true;
  if (isSpaceAt(s, tok.end) && digitAt(s, tok.end + 1) >= 0) return true;
  if (['大促', '购物节', '晚会', '狂欢节', '节'].some((w) => s.startsWith(w, tok.end))) return true;
  if (lastIdentifierEnd >= 0 && tok.start - lastIdentifierEnd <= 1) {
    const gap = s.slice(lastIdentifierEnd, tok.start);
    if (gap === '' || oneOf('、,，/和与及', gap)) return true;
  }
  return false;
}
