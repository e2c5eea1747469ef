import { oneOf, wordAt } from '../lexicon/chars';
import { bounds, quantityDraft } from '../drafts';
import { readNumber, type NumberToken } from '../numerals/readNumber';
import { readYearPart } from '../dates/readYearPart';
import type { Draft } from '../types';

/** 第三方, 第一时间, 第一手 … are words, not ranks. */
const NOT_RANKS = ['方', '时间', '手', '线', '性', '人称', '印象', '眼'];
/** Words after 前N that make it a span of time or a count rather than "top N" (前三季度, 前两年). */
const NOT_TOP = '季个年月天日周次期轮届批章节段位分秒小';
const LIST_JOINERS = ['、', '和', '与', '及', '或', '、第', '和第', '与第', '及第', '或第'];

/** Words before 前N that make it a place in a ranking (位列前五, 排名前三, 跻身前十), not a group (收入前1%). */
const RANKED_BEFORE = [
  '位列',
  '名列',
  '排名',
  '排在',
  '排行',
  '跻身',
  '进入',
  '挤进',
  '杀入',
  '跌出',
  '位居',
  '稳居',
  '居于',
  '挤入',
  '打入',
  '闯入'
];

function ranked(s: string, i: number): boolean {
  return oneOf('居列', s.charAt(i - 1)) || RANKED_BEFORE.includes(s.slice(Math.max(0, i - 2), i));
}

/**
 * 前五 / 前1% / Top 10 name a group (前五大云厂商, 收入前1%的家庭, Top 1%的人群) rather than state a figure: the end of
 * such a label, so the scan skips it whole; -1 when `i` starts no label. 前N after a ranking verb (位列前五) is a
 * rank and read by readOrdinal.
 */
export function groupLabelEnd(s: string, i: number): number {
  let k: number;
  if (s.charAt(i) === '前') {
    if (ranked(s, i)) return -1;
    k = i + 1;
  } else if (/^top ?/i.test(s.slice(i, i + 4)) && !/[A-Za-z]/.test(s.charAt(i - 1))) {
    k = s.charAt(i + 3) === ' ' ? i + 4 : i + 3;
  } else return -1;
  const n = readNumber(s, k);
  if (!n || n.more || n.digitString || n.scale !== null) return -1;
  if (s.charAt(n.end) === '%' || s.charAt(n.end) === '％') return n.end + 1;
  if (!isRankNumber(n) || n.value < 2 || n.value > 100 || oneOf(NOT_TOP, s.charAt(n.end))) return -1;
  return n.end;
}

/**
 * Ranks: 第四 → 4, 首位 / 榜首 / 居首 → 1, 前五 → at most 5 (top five), and the elliptic second rank in
 * 第二、三位 / 第一和第三 → two mentions.
 */
export function readOrdinal(s: string, i: number): Draft[] {
  const word = wordAt(s, i, ['首位', '榜首', '居首', '第', '前']);
  if (!word) return [];
  if (word !== '第' && word !== '前') return [rank(i, i + 2, 1)];
  const n = readNumber(s, i + 1);
  if (!n || !isRankNumber(n)) return [];
  if (word === '前') {
    if (oneOf(NOT_TOP, s.charAt(n.end)) || n.value > 100 || n.value < 2) return [];
    return [quantityDraft(i, n.end, 'ordinal', 'rank', null, bounds(n.value, '<='))];
  }
  if (wordAt(s, n.end, NOT_RANKS) || readYearPart(s, i, false)) return [];
  const first = rank(i, n.end, n.value);
  const out = [first];
  // 第二、三位: a second bare numeral joined by 、/和 continues the list of ranks.
  const joiner = wordAt(s, n.end, LIST_JOINERS);
  if (joiner && !joiner.endsWith('第')) {
    const m = readNumber(s, n.end + joiner.length);
    if (m && isRankNumber(m) && m.form === n.form && m.value > n.value) {
      const tail = wordAt(s, m.end, ['位', '名']);
      out.push(rank(m.start, m.end + (tail?.length ?? 0), m.value));
    }
  }
  return out;
}

function isRankNumber(n: NumberToken): boolean {
  return n.integer && n.scale === null && !n.more && n.value >= 1 && !n.digitString && !n.arabic?.decimal;
}

function rank(start: number, end: number, value: number): Draft {
  return quantityDraft(start, end, 'ordinal', 'rank', null, bounds(value, '='));
}
