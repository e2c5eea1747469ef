import { isLetterAt, oneOf, skipSpace } from './chars';
import { unitWordAt, type UnitInfo } from './units';

export interface UnitMatch extends UnitInfo {
  end: number;
  /** 一年多 / 三个多月 / 两倍多: the figure is a lower bound. */
  more: boolean;
  /** 一年半 / 两个半月: add a half. */
  half: boolean;
}

/** Latin unit suffixes glued to digits (10x, 7nm, 100GB); other letters make the token an identifier. */
const LATIN: [string, UnitInfo][] = [
  ['x', { unit: 'x', kind: 'ratio', factor: 1, weak: false, notBefore: '', duration: false }],
  ['X', { unit: 'x', kind: 'ratio', factor: 1, weak: false, notBefore: '', duration: false }],
  ...['nm', 'GB', 'TB', 'PB', 'MB', 'km', 'kg', 'GW', 'MW', 'kW', 'kWh', 'GHz', 'MHz', 'mm', 'cm'].map(
    (w): [string, UnitInfo] => [
      w,
      { unit: null, kind: 'number', factor: 1, weak: false, notBefore: '', duration: false }
    ]
  )
];

/** Reads the unit after a number ending at `j` (one space allowed, as in `13.2 %`). */
export function readUnit(s: string, j: number): UnitMatch | null {
  const k = skipSpace(s, j);
  if (s.startsWith('个半月', k)) {
    return {
      unit: 'months',
      kind: 'count',
      factor: 1,
      weak: false,
      notBefore: '',
      duration: true,
      end: k + 3,
      more: false,
      half: true
    };
  }
  const hit = unitWordAt(s, k);
  if (hit) {
    let end = k + hit.word.length;
    let more = hit.word === '个多月';
    let half = false;
    if (hit.info.duration && s.charAt(end) === '多' && !isMoreWord(s, end)) {
      more = true;
      end++;
    } else if (hit.info.duration && s.charAt(end) === '半' && s.charAt(end + 1) !== '导') {
      half = true;
      end++;
    }
    return { ...hit.info, end, more, half };
  }
  for (const [word, info] of LATIN) {
    if (s.startsWith(word, k) && !isLetterAt(s, k + word.length)) {
      return { ...info, end: k + word.length, more: false, half: false };
    }
  }
  return null;
}

/** 多 starting a word of its own (多家, 多个, 多数) rather than meaning "and more". */
function isMoreWord(s: string, i: number): boolean {
  return oneOf('家个数种位名项次年元人', s.charAt(i + 1));
}

/** Characters after 大 that begin a word (大学, 大约, 大幅) rather than make 大 a counter. */
const NOT_AFTER_DA = '学会约概多幅量于小部家型规力致战国半赛众师人数都批涨跌增降';

/** 大 as a counter after a small integer: 8大行业线, 三大运营商. */
export function readCounterDa(s: string, j: number, value: number): UnitMatch | null {
  if (s.charAt(j) !== '大' || !Number.isInteger(value) || value > 100) return null;
  const next = s.charCodeAt(j + 1);
  if (!(next >= 0x4e00 && next <= 0x9fff) || oneOf(NOT_AFTER_DA, s.charAt(j + 1))) return null;
  return {
    unit: 'count',
    kind: 'count',
    factor: 1,
    weak: true,
    notBefore: '',
    duration: false,
    end: j + 1,
    more: false,
    half: false
  };
}
