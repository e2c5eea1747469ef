import type { NumberToken } from './readNumber';

/** Four digits (Arabic or 二〇一八) in the range news years fall in. */
export function isYear(tok: NumberToken): boolean {
  if (!tok.integer || tok.scale !== null || tok.more || tok.value < 1000 || tok.value > 2999) return false;
  if (tok.digitString) return tok.end - tok.start === 4;
  return tok.arabic !== null && tok.arabic.intDigits === 4 && !tok.arabic.grouped && !tok.arabic.leadingZero;
}
