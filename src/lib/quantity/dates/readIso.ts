import { at, digitAt, isLetterAt } from '../lexicon/chars';
import { dateDraft, pad2 } from '../drafts';
import type { Draft } from '../types';

/** 2025-12-29, 2025/12/29, 2025.12.29 (the same separator twice), or 2025-12. */
export function readIso(s: string, i: number): Draft | null {
  const sep = s.charAt(i + 4);
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  const month = twoDigits(s, i + 5);
  if (!month || month.value < 1 || month.value > 12) return null;
  if (s.charAt(month.end) === sep) {
    const day = twoDigits(s, month.end + 1);
    if (!day || day.value < 1 || day.value > 31 || digitAt(s, day.end) >= 0 || isLetterAt(s, day.end))
      return null;
    if (s.charAt(day.end) === '.' && digitAt(s, day.end + 1) >= 0) return null;
    const date = `${s.slice(i, i + 4)}-${pad2(month.value)}-${pad2(day.value)}`;
    return dateDraft(i, day.end, date, 'day');
  }
  // 2025-12 alone only with '-' and two-digit month: 2017-2022 is a range and 2025.12 a decimal.
  if (sep !== '-' || month.end - (i + 5) !== 2 || digitAt(s, month.end) >= 0 || at(s, month.end, '-'))
    return null;
  return dateDraft(i, month.end, `${s.slice(i, i + 4)}-${pad2(month.value)}`, 'month');
}

function twoDigits(s: string, i: number): { value: number; end: number } | null {
  const a = digitAt(s, i);
  if (a < 0) return null;
  const b = digitAt(s, i + 1);
  if (b < 0) return { value: a, end: i + 1 };
  if (digitAt(s, i + 2) >= 0) return null;
  return { value: a * 10 + b, end: i + 2 };
}
