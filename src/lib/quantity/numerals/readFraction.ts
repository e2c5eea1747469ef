import type { Comparator } from '../../schema/vocab';
import { oneOf, wordAt } from '../lexicon/chars';
import { readNumber, type NumberToken } from './readNumber';
import { readVague } from './readVague';

export interface Fraction {
  start: number;
  end: number;
  /** In percent (the low end for a vague 百分之八九十). */
  value: number;
  /** The high end of a vague fraction, else absent. */
  high?: number;
  comparator: Comparator;
}

const PER = [
  ['百分之', 1],
  ['千分之', 0.1],
  ['万分之', 0.01],
  ['佰分之', 1],
  ['仟分之', 0.1]
] as const;

/** Characters after 半 that make it "half a …" (半年, 半导体), not half of a whole. */
const NOT_HALF_OF =
  '年个月天日小岁生世导夜山岛径场决价成路边球拍自句截身点步分晌辈瓶杯斤亩碗张片块圆新信透壁封包票';

/** 百分之三十 / 千分之五 / 万分之三 at `i`. */
export function readPerCent(s: string, i: number): Fraction | null {
  for (const [word, factor] of PER) {
    if (!s.startsWith(word, i)) continue;
    const n = readNumber(s, i + 3, true);
    if (!n) {
      const v = readVague(s, i + 3); // 百分之八九十, 百分之几十
      if (!v || v.needsUnit || v.comparator !== 'range') return null;
      return {
        start: i,
        end: v.end,
        value: scaled(v.low, factor),
        high: scaled(v.high, factor),
        comparator: 'range'
      };
    }
    if (n.more) return null;
    return { start: i, end: n.end, value: scaled(n.value, factor), comparator: '=' };
  }
  return null;
}

/** N分之M after a numeral: 三分之一 → 100/3 % (computed as M×100/N to keep 100/3 exactly). */
export function readOutOf(s: string, denominator: NumberToken): Fraction | null {
  if (!s.startsWith('分之', denominator.end) || denominator.value <= 0 || denominator.more) return null;
  const m = readNumber(s, denominator.end + 2);
  if (!m || m.more) return null;
  return {
    start: denominator.start,
    end: m.end,
    value: (m.value * 100) / denominator.value,
    comparator: '='
  };
}

/** 一半 / 半数 → 50 %, 大半 / 过半 / 一多半 → more than half, 近半 → about half. */
export function readHalf(s: string, i: number): Fraction | null {
  const word = wordAt(s, i, ['一多半', '一大半', '一半', '半数', '大半', '过半', '逾半', '近半']);
  if (!word) return null;
  const end = i + word.length;
  if (word.endsWith('半') && oneOf('百成打折', s.charAt(end))) return null; // 年过半百: 半百 is fifty
  if (word !== '半数' && oneOf(NOT_HALF_OF, s.charAt(end))) return null;
  const comparator: Comparator = word === '一半' || word === '半数' ? '=' : word === '近半' ? '~' : '>';
  return { start: i, end, value: 50, comparator };
}

function scaled(v: number, factor: number): number {
  return factor === 1 ? v : Number((v * factor).toPrecision(15));
}

/** 半年 → 0.5 years, 半个月 → 0.5 months (上半年 / 半年报 are not durations). */
export function readHalfDuration(
  s: string,
  i: number
): { end: number; value: number; unit: 'years' | 'months' } | null {
  if (s.charAt(i) !== '半' || oneOf('上下前后', s.charAt(i - 1))) return null;
  if (s.startsWith('半个月', i)) return { end: i + 3, value: 0.5, unit: 'months' };
  if (s.startsWith('半年', i) && !oneOf('报度刊终', s.charAt(i + 2)))
    return { end: i + 2, value: 0.5, unit: 'years' };
  return null;
}
