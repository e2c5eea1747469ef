import {
  CN_BIG_UNITS,
  CN_DIGITS,
  CN_SMALL_UNITS,
  CN_TENS,
  cnDigit,
  digitAt,
  isScaleChar
} from '../lexicon/chars';
import { readArabic } from './readArabic';

/**
 * The classic section algorithm: digits wait as `pending`, 十/百/千 fold them into the current section,
 * 万/亿/兆 close the section (multiplying everything so far when a larger unit follows: 三万亿 = 3×10^12).
 */
export class SectionState {
  total = 0;
  section = 0;
  lastSmall = 0;
  lastBig = 0;
  lastUnit = 0;
  afterZero = false;
  decimal = false;
  more = false;
  tailScale = 1;
  compound = false;
  digitAfterUnit = false;
  pendingArabic: boolean;

  constructor(
    public pending: number | null,
    private readonly hasMantissa: boolean
  ) {
    this.pendingArabic = pending !== null;
  }

  /** Whether a digit was read (so a leading scale word is part of a numeral: 百三 = 130). */
  digitSeen = false;

  clone(): SectionState {
    return Object.assign(Object.create(SectionState.prototype) as SectionState, this);
  }

  /** Consumes one element at `j`; returns the new position (== j when nothing fits). */
  step(s: string, j: number, first: boolean): number {
    const ch = s.charAt(j);
    const d = CN_DIGITS[ch];
    if (d !== undefined) return this.digit(d, j);
    const small = CN_SMALL_UNITS[ch] ?? CN_TENS[ch];
    if (small !== undefined) return this.small(ch, small, j, first);
    const big = CN_BIG_UNITS[ch];
    if (big !== undefined) return this.big(big, j, first);
    if (ch === '点' || ch === '點') return this.point(s, j);
    if (
      (ch === '多' || ch === '余') &&
      !this.more &&
      this.roundSoFar() &&
      isScaleChar(s, j + 1) &&
      s.charAt(j + 1) !== '十'
    ) {
      this.more = true;
      return j + 1;
    }
    if (digitAt(s, j) >= 0 && this.pending === null && this.lastUnit >= 100 && this.hasMantissa) {
      const a = readArabic(s, j); // 3千5百万: Arabic digits between units
      if (!a || a.decimal) return j;
      this.pending = Number(a.digits);
      this.pendingArabic = true;
      this.tailScale = 1;
      this.digitAfterUnit = true;
      return a.end;
    }
    return j;
  }

  private digit(d: number, j: number): number {
    if (this.pending !== null || this.decimal) return j;
    if (d === 0) {
      if (this.lastUnit === 0) {
        // A leading 零 is the number zero (零元, 零点五); later ones only mark a skipped place (一百零五).
        if (this.hasMantissa && this.total === 0 && this.section === 0) this.pending = 0;
        return this.pending === 0 ? j + 1 : j;
      }
      this.afterZero = true;
      return j + 1;
    }
    this.pending = d;
    this.digitSeen = true;
    this.pendingArabic = false;
    this.tailScale = 1;
    this.digitAfterUnit = this.lastUnit > 0 && !this.afterZero;
    return j + 1;
  }

  private small(ch: string, unit: number, j: number, first: boolean): number {
    if (this.decimal || this.more) return j;
    let m = this.pending;
    if (ch === '廿' || ch === '卅') {
      if (m !== null) return j;
      m = 1;
    }
    if (m === null) {
      if (unit === 10 && (first || this.afterZero)) m = 1;
      else if (first && !this.hasMantissa) m = 1;
      else return j;
    }
    if (this.lastSmall !== 0 && unit >= this.lastSmall) return j;
    this.section += m * unit;
    this.lastSmall = unit;
    this.lastUnit = unit;
    // Only a scale word applied to an Arabic mantissa (3千) is a scale; 一千八百 is just a numeral.
    this.tailScale = this.pendingArabic ? unit : 1;
    this.pending = null;
    this.pendingArabic = false;
    this.afterZero = false;
    this.digitAfterUnit = false;
    return j + 1;
  }

  private big(unit: number, j: number, first: boolean): number {
    const fresh = this.section === 0 && this.pending === null; // nothing written since the last 万/亿
    if (fresh && this.lastBig === 0 && this.total === 0) {
      if (!(first && !this.hasMantissa)) return j;
      this.section = 1; // a leading scale word: 百万, 亿
    } else if (fresh) {
      // 万亿: a big unit right after another multiplies it, once and only upwards (亿万 is no numeral);
      // 万万 is the older 亿 (四万万 = 4×10^8).
      if (this.compound || unit < this.lastBig || (unit === this.lastBig && unit !== 1e4)) return j;
      this.compound = true;
      this.total *= unit;
      this.tailScale *= unit;
      this.lastBig *= unit;
      this.lastUnit = unit;
      return j + 1;
    } else this.section += this.pending ?? 0;
    const total =
      this.lastBig === 0 || unit > this.lastBig
        ? (this.total + this.section) * unit
        : this.total + this.section * unit;
    if (total > 1e18) return j;
    this.total = total;
    this.tailScale = this.pending !== null ? unit : this.tailScale * unit;
    this.pendingArabic = false;
    this.lastBig = unit;
    this.lastUnit = unit;
    this.section = 0;
    this.lastSmall = 0;
    this.pending = null;
    this.afterZero = false;
    this.digitAfterUnit = false;
    return j + 1;
  }

  /** 三点五 / 十二点五万: digits after 点 make a decimal of what was read so far. */
  private point(s: string, j: number): number {
    if (this.decimal || (this.pending === null && this.section === 0 && this.total === 0)) return j;
    let k = j + 1;
    let frac = '';
    while (cnDigit(s, k) >= 0 && s.charAt(k) !== '两') frac += String(cnDigit(s, k++));
    // 一点一点 (little by little) and 三点钟 (o'clock) are not decimals.
    if (frac === '' || s.charAt(k) === '点' || s.charAt(k) === '钟') return j;
    this.pending = Number(`${this.section + (this.pending ?? 0)}.${frac}`);
    this.section = 0;
    this.decimal = true;
    this.tailScale = 1;
    this.digitAfterUnit = false;
    return k;
  }

  private roundSoFar(): boolean {
    return this.pending === null ? this.lastUnit > 0 : this.pending % 10 === 0 && this.pending > 0;
  }

  finish(lastChar: string): number {
    let p = this.pending ?? 0;
    // Colloquial shorthand: 三百五 = 350, 一万五 = 15000, 两千五 = 2500 (a last digit right after a unit).
    if (
      this.pending !== null &&
      this.digitAfterUnit &&
      this.lastUnit >= 100 &&
      this.pending < 10 &&
      !this.decimal
    ) {
      if (CN_DIGITS[lastChar] !== undefined) p = this.pending * (this.lastUnit / 10);
    }
    return this.total + this.section + p;
  }
}
