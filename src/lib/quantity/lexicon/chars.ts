/**
 * Character classes the recognizer needs. Traditional forms (萬 億 兩 幾 數) are listed too although the
 * recognizer normally sees simplified text, so that the helpers stay correct when called on raw text.
 */

/** Value of an ASCII or full-width digit, else -1. */
export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  // 參 (financial three) comes out of traditional → simplified conversion as 参.
  参: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
  // Colloquial 俩 (两个) and 仨 (三个): 俩人, 哥仨.
  俩: 2,
  仨: 3
};

/** 十 百 千 multiply the digit before them inside a four-digit section. */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000
};

/** 万 亿 兆 close a section. 兆 is read as 10^12 (Taiwan/financial usage), 万亿 composes to 10^12 too. */
export const CN_BIG_UNITS: Readonly<Record<string, number>> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12
};

/** 廿 and 卅 are single-character twenty and thirty. */
export const CN_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

export function cnDigit(s: string, i: number): number {
  return CN_DIGITS[s.charAt(i)] ?? -1;
}

export function isScaleChar(s: string, i: number): boolean {
  const ch = s.charAt(i);
  return CN_SMALL_UNITS[ch] !== undefined || CN_BIG_UNITS[ch] !== undefined;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isAsciiLetter(s.charCodeAt(i));
}

export function isHan(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09;
}

/** Does `s` contain `word` at `i`? (Avoids slicing in the hot loop.) */
export function at(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i);
}

/** The first of `words` found at `i` (callers list longer words first), or null. */
export function wordAt(s: string, i: number, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w, i)) return w;
  return null;
}

/** `i` moved past one optional space: numbers are often padded (`份额分别为 13.2%`, `20 亿美元`). */
export function skipSpace(s: string, i: number): number {
  return isSpaceAt(s, i) ? i + 1 : i;
}

/** Whether `ch` is one of `chars`. Unlike String#includes, the empty string (past the end) is never a member. */
export function oneOf(chars: string, ch: string): boolean {
  return ch !== '' && chars.includes(ch);
}
