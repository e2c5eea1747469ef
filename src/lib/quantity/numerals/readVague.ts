import { CN_BIG_UNITS, CN_SMALL_UNITS, cnDigit, oneOf } from '../lexicon/chars';
import type { NumberToken } from './readNumber';

export interface VagueToken {
  start: number;
  end: number;
  low: number;
  high: number;
  /** 'range' for 数百 / 十几 / 两三; '>=' for 上亿 (high is then meaningless). */
  comparator: 'range' | '>=';
  scale: number | null;
  /** 几个 / 数位: no scale word, so only a following unit makes it a quantity. */
  needsUnit: boolean;
}

/**
 * Vague numerals: 数百 / 几十万 (几/数 = 2–9 of the unit), 十几 / 二十几万 (11–19, 21–29), adjacent-digit pairs
 * 两三 / 三四十 / 五六百万 (2–3, 30–40, 5–6 million) and 上百 / 上亿 (at least that much).
 */
export function readVague(s: string, i: number): VagueToken | null {
  const ch = s.charAt(i);
  if (ch === '数' || ch === '數' || ch === '几' || ch === '幾') return severalOf(s, i);
  if (ch === '上') {
    if (oneOf(NOT_BEFORE_SHANG, s.charAt(i - 1))) return null;
    const sc = scaleWords(s, i + 1);
    if (!sc) return null;
    return {
      start: i,
      end: sc.end,
      low: sc.value,
      high: sc.value,
      comparator: '>=',
      scale: sc.big,
      needsUnit: false
    };
  }
  const tens = teenOrTensJi(s, i);
  if (tens) return tens;
  return pair(s, i);
}

/** Characters before 上 that make it part of a word (马上, 以上, 线上 …) rather than "up to". */
const NOT_BEFORE_SHANG = '马早晚向之路线往加身手面以网跟比赶爬走登';

/** Characters before 数 forming nouns (人数, 多数, 总数 …) so that 多数百姓 is not 数百. */
const NOT_BEFORE_SHU =
  '人多少总无次倍半分参函指系变岁件页位户票天年字基整奇偶复质素常代算礼路招心定计点级对尾序架台张条项个家名笔均样';

function severalOf(s: string, i: number): VagueToken | null {
  const shu = s.charAt(i) === '数' || s.charAt(i) === '數';
  if (shu && oneOf(NOT_BEFORE_SHU, s.charAt(i - 1))) return null;
  const sc = scaleWords(s, i + 1);
  if (sc)
    return {
      start: i,
      end: sc.end,
      low: 2 * sc.value,
      high: 9 * sc.value,
      comparator: 'range',
      scale: sc.big,
      needsUnit: false
    };
  return { start: i, end: i + 1, low: 2, high: 9, comparator: 'range', scale: null, needsUnit: true };
}

/** A run of scale words: 十, 百, 千万, 万亿 …, read as their product. */
function scaleWords(s: string, i: number): { end: number; value: number; big: number | null } | null {
  let j = i;
  let value = 1;
  let big: number | null = null;
  let lastSmall = Infinity;
  while (j < s.length && j < i + 4) {
    const small = CN_SMALL_UNITS[s.charAt(j)];
    const bigUnit = CN_BIG_UNITS[s.charAt(j)];
    if (small !== undefined && small < lastSmall) {
      lastSmall = small;
      value *= small;
    } else if (bigUnit !== undefined) {
      lastSmall = 0;
      value *= bigUnit;
      big = (big ?? 1) * bigUnit;
    } else break;
    j++;
  }
  // Like numerals, only 万/亿/兆 count as the scale (数百万 → 1e4, as in 300万).
  return j > i ? { end: j, value, big } : null;
}

/** 十几 → 11–19, 二十几 → 21–29, optionally scaled: 十几万. */
function teenOrTensJi(s: string, i: number): VagueToken | null {
  let j = i;
  let tens = 1;
  const d = cnDigit(s, j);
  if (d >= 2 && s.charAt(j + 1) === '十') {
    tens = d;
    j++;
  }
  if (s.charAt(j) !== '十' || (s.charAt(j + 1) !== '几' && s.charAt(j + 1) !== '幾')) return null;
  const sc = scaleWords(s, j + 2);
  const m = sc?.value ?? 1;
  const base = tens * 10;
  return {
    start: i,
    end: sc?.end ?? j + 2,
    low: (base + 1) * m,
    high: (base + 9) * m,
    comparator: 'range',
    scale: sc?.big ?? null,
    needsUnit: false
  };
}

/** Adjacent digits naming a small range: 一两, 两三, 三四 … 八九, and the idiomatic 三五. */
function pair(s: string, i: number): VagueToken | null {
  const a = cnDigit(s, i);
  const b = cnDigit(s, i + 1);
  if (a <= 0 || b <= 0 || !(b === a + 1 || (a === 3 && b === 5))) return null;
  if (s.charAt(i - 1) === '乱' || s.charAt(i - 1) === '第' || s.charAt(i + 2) === '线') return null;
  if (cnDigit(s, i + 2) >= 0) return null; // part of a digit string such as 一二三四
  const sc = scaleWords(s, i + 2);
  const m = sc?.value ?? 1;
  return {
    start: i,
    end: sc?.end ?? i + 2,
    low: a * m,
    high: b * m,
    comparator: 'range',
    scale: sc?.big ?? null,
    needsUnit: false
  };
}

/** The place 几 fills after a numeral's last character: 一百二十几 (ones), 一百零几 (ones), 三百几十 (tens). */
const PLACE_AFTER: Record<string, [number, string]> = {
  十: [1, ''],
  拾: [1, ''],
  零: [1, ''],
  〇: [1, ''],
  百: [10, '十'],
  千: [100, '百'],
  万: [1000, '千']
};

/**
 * A numeral whose last place is 几 (some digit 1–9), as bounds: 一百二十几亿 → 121亿–129亿, 一百零几万 →
 * 101万–109万, 三百几十 → 310–390, 20几万 → 21万–29万. `tok` is the numeral read up to 几.
 */
export function numeralJi(s: string, tok: NumberToken): VagueToken | null {
  const ji = tok.end;
  if ((s.charAt(ji) !== '几' && s.charAt(ji) !== '幾') || tok.more || !tok.integer) return null;
  let place: number;
  let j = ji + 1;
  if (tok.arabic) {
    if (tok.scale !== null || tok.value % 10 !== 0 || tok.value === 0) return null;
    place = 1; // 20几万
  } else {
    const rule = PLACE_AFTER[s.charAt(ji - 1)];
    if (!rule) return null;
    place = rule[0];
    if (rule[1] !== '') {
      if (s.charAt(j) !== rule[1]) return null;
      j++;
    }
  }
  const base = tok.value;
  const sc = scaleWords(s, j);
  const m = sc?.value ?? 1;
  return {
    start: tok.start,
    end: sc?.end ?? j,
    low: (base + place) * m,
    high: (base + 9 * place) * m,
    comparator: 'range',
    scale: sc?.big ?? null,
    needsUnit: false
  };
}
