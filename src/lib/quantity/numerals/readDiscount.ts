import { cnDigit, digitAt, oneOf } from '../lexicon/chars';
import { combine } from '../combine';
import { readArabic } from './readArabic';
import type { Draft, QuantityContext } from '../types';

/** Characters after 折 that make it another word (折旧, 折合, 折叠, 折算, 三折叠) rather than a discount. */
const NOT_AFTER_ZHE = '旧算合射腾叠磨线返损服戟纸中痕扣半页';

/**
 * Discounts: N折 is the share of the list price paid, 九折 = 90, 75折 = 75, 三八折 = 38, 9.9折 = 99, 对折 /
 * 半折 = 50. Its own unit ('discount') so that a chart never mixes it with shares (三成 = 30 %).
 */
export function readDiscount(s: string, i: number, qc: QuantityContext): Draft | null {
  let value: number;
  let end: number;
  if ((s.charAt(i) === '对' || s.charAt(i) === '半') && s.charAt(i + 1) === '折') {
    value = 50;
    end = i + 1;
  } else if (digitAt(s, i) >= 0) {
    const a = readArabic(s, i);
    if (!a || a.grouped || a.leadingZero) return null;
    const n = Number(a.digits);
    // 9.9折 and 8折 are tenths of the price; 75折 and 88折 already name the percent.
    value = n < 10 ? n * 10 : a.decimal || n >= 100 ? NaN : n;
    end = a.end;
  } else {
    const d1 = cnDigit(s, i);
    const d2 = cnDigit(s, i + 1);
    if (d1 < 1) return null;
    if (d2 >= 0 && s.charAt(i + 1) !== '两') {
      value = d1 * 10 + d2;
      end = i + 2;
    } else {
      value = d1 * 10;
      end = i + 1;
    }
  }
  if (!(value > 0 && value < 100) || s.charAt(end) !== '折' || oneOf(NOT_AFTER_ZHE, s.charAt(end + 1)))
    return null;
  // 一波三折 / 百折不挠 are idioms (see idioms.ts); 骨折 and 转折 have no numeral.
  if (oneOf('波', s.charAt(i - 1))) return null;
  const b = combine({ low: value, high: value, comparator: '=' }, qc.prefix?.comparator ?? null, null);
  return { start: qc.prefix?.start ?? i, end: end + 1, kind: 'percent', unit: 'discount', scale: null, ...b };
}
