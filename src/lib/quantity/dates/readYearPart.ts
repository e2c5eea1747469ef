import { cnDigit, digitAt, oneOf, wordAt } from '../lexicon/chars';
import type { Precision } from '../types';

export interface YearPart {
  end: number;
  /** Suffix appended to the year: '-summer' (a season, as the schema writes it), '-H2', or '' (the whole year). */
  suffix: string;
  precision: Precision;
  kind: 'date' | 'period';
}

/**
 * Seasons, written as the schema and the one date parser (format/partialDate) write them: 2025-summer. An
 * early/mid/late modifier (初夏, 盛夏, 深秋) stays in the quote: the season is the finest precision a row holds.
 */
const SEASONS: Record<string, string> = { 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter' };
const MODIFIERS = new Set(['初', '早', '仲', '盛', '隆', '晚', '暮', '深', '末']);
/** Words that start like a season but are not one (春节, 夏令营, 冬奥会, 秋招 is fine). */
const NOT_SEASON = ['春节', '春运', '春晚', '夏令', '夏威夷', '冬奥', '冬残奥'];

/** What follows a year: season, half (上半年), quarter (第三季度, Q3) or 年初 / 年底. */
export function readYearPart(s: string, j: number, afterNian: boolean): YearPart | null {
  const half = wordAt(s, j, ['上半年', '下半年', '上半财年', '下半财年']);
  if (half)
    return {
      end: j + half.length,
      suffix: half.startsWith('上') ? '-H1' : '-H2',
      precision: 'half',
      kind: 'period'
    };
  const q = readQuarter(s, j);
  if (q) return q;
  if (!afterNian) return null;
  const season = readSeason(s, j);
  if (season) return season;
  const edge = wordAt(s, j, ['初', '底', '末']);
  // 年初 / 年底: early or late in the year. The dataset has no quarters, so the half that holds them.
  if (edge) return { end: j + 1, suffix: edge === '初' ? '-H1' : '-H2', precision: 'half', kind: 'period' };
  return null;
}

function readSeason(s: string, j: number): YearPart | null {
  if (wordAt(s, j, NOT_SEASON)) return null;
  let k = j;
  let modified = false;
  if (MODIFIERS.has(s.charAt(k)) && SEASONS[s.charAt(k + 1)] !== undefined) {
    modified = true;
    k++;
  }
  const season = SEASONS[s.charAt(k)];
  if (season === undefined || wordAt(s, k, NOT_SEASON)) return null;
  k++;
  if (s.charAt(k) === '末' && !modified) k++;
  else {
    const tail = wordAt(s, k, ['季', '天']);
    if (tail) k += tail.length;
  }
  return { end: k, suffix: `-${season}`, precision: 'season', kind: 'date' };
}

/** 第三季度 / 三季度 / 3季度 / Q3 / H1 / 前三季度, dated by the half or year that holds them. */
function readQuarter(s: string, j: number): YearPart | null {
  let k = j;
  const first = s.startsWith('前', k);
  if (first || s.startsWith('第', k)) k++;
  const n = digitAt(s, k) >= 1 ? digitAt(s, k) : cnDigit(s, k);
  if ((s.charAt(k) === 'Q' || s.charAt(k) === 'H') && !first) {
    const d = digitAt(s, k + 1);
    const max = s.charAt(k) === 'Q' ? 4 : 2;
    if (d < 1 || d > max || digitAt(s, k + 2) >= 0 || /[A-Za-z]/.test(s.charAt(k + 2))) return null;
    return { end: k + 2, ...quarters(s.charAt(k) === 'Q' ? d : d * 2, s.charAt(k) === 'Q' ? d : d * 2) };
  }
  if (n < 1 || n > 4) return null;
  // 季 alone only as in 三季报 or 第1季 (Taiwan): 四季 is "the four seasons".
  const word = wordAt(s, k + 1, ['季度', '季报', '季']);
  if (!word || (word === '季' && (k === j || oneOf('节风', s.charAt(k + 2))))) return null;
  return { end: k + 1 + (word === '季度' ? 2 : 1), ...quarters(first ? 1 : n, n) };
}

/**
 * Quarters `from`–`to` as the dataset can date them (it has halves and years, no quarters): the half or
 * year that holds them. Q3 → 2024-H2, 前两季度 → 2024-H1, 前三季度 → 2024; the quote keeps the exact words.
 */
function quarters(from: number, to: number): Pick<YearPart, 'suffix' | 'precision' | 'kind'> {
  if (to <= 2) return { suffix: '-H1', precision: 'half', kind: 'period' };
  if (from >= 3) return { suffix: '-H2', precision: 'half', kind: 'period' };
  return { suffix: '', precision: 'year', kind: 'period' };
}
