import type { Unit } from '../schema/vocab';
import { skipSpace, wordAt } from './chars';
import { bounds } from './drafts';
import { readNumber } from './readNumber';
import type { Draft } from './types';

/** Currency words and signs written before an amount; null for currencies the vocabulary has no unit for. */
const PREFIXES: Record<string, Unit | null> = {
  US$: 'USD',
  HK$: 'HKD',
  USD: 'USD',
  RMB: 'CNY',
  CNY: 'CNY',
  HKD: 'HKD',
  人民币: 'CNY',
  港元: 'HKD',
  港币: 'HKD',
  $: 'USD',
  '¥': 'CNY',
  '￥': 'CNY',
  NT$: null,
  新台币: null,
  台币: null,
  欧元: null,
  日元: null,
  英镑: null,
  '€': null,
  '£': null
};
const WORDS = Object.keys(PREFIXES).sort((a, b) => b.length - a.length);

/** Currency written before the amount: US$5亿, ￥100, 人民币10亿元 (a trailing 元 is kept in the span). */
export function readCurrencyPrefix(s: string, i: number): Draft | null {
  const word = wordAt(s, i, WORDS);
  if (!word) return null;
  const tok = readNumber(s, skipSpace(s, i + word.length));
  if (!tok || tok.digitString || tok.lone) return null;
  let end = tok.end;
  if (s.charAt(end) === '元') end++;
  const unit = PREFIXES[word] ?? null;
  return { start: i, end, kind: 'money', unit, scale: tok.scale, ...bounds(tok.value, tok.more ? '>' : '=') };
}
