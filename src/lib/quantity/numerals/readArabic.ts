import { digitAt } from '../lexicon/chars';

export interface ArabicNumber {
  start: number;
  end: number;
  /** ASCII spelling without separators, e.g. '34036', '26.1' (full-width digits folded). */
  digits: string;
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  leadingZero: boolean;
}

/**
 * Reads an Arabic numeral at `i`: ASCII or full-width digits, `,` thousands groups (only a first group of 1–3
 * digits followed by exact groups of three, so the clause comma in `(09988,以下简称` is not a separator) and one
 * decimal point (`.` or `．`).
 */
export function readArabic(s: string, i: number): ArabicNumber | null {
  let j = i;
  let digits = '';
  while (digitAt(s, j) >= 0) digits += String(digitAt(s, j++));
  if (digits.length === 0) return null;
  const intStart = digits;
  let grouped = false;
  // A full-width comma groups only full-width digits (４，５６５); after ASCII digits it is a clause comma.
  const wide = s.charCodeAt(j - 1) >= 0xff10;
  if (digits.length <= 3) {
    while ((s.charCodeAt(j) === 0x2c || (wide && s.charCodeAt(j) === 0xff0c)) && isGroup(s, j + 1)) {
      for (let k = 1; k <= 3; k++) digits += String(digitAt(s, j + k));
      j += 4;
      grouped = true;
    }
  }
  const intDigits = digits.length;
  let decimal = false;
  const c = s.charCodeAt(j);
  if ((c === 0x2e || c === 0xff0e) && digitAt(s, j + 1) >= 0) {
    digits += '.';
    j++;
    while (digitAt(s, j) >= 0) digits += String(digitAt(s, j++));
    decimal = true;
  }
  const leadingZero = intStart.length > 1 && intStart.startsWith('0');
  return { start: i, end: j, digits, intDigits, grouped, decimal, leadingZero };
}

function isGroup(s: string, j: number): boolean {
  return digitAt(s, j) >= 0 && digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) < 0;
}
