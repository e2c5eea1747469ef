import type { Unit } from '../../schema/vocab';
import { skipSpace, wordAt } from '../lexicon/chars';
import { bounds } from '../drafts';
import { englishTail } from './readEnglish';
import { clean, readNumber } from './readNumber';
import type { Draft } from '../types';

/** Currency words, ISO codes and signs written before an amount; null where the currency is ambiguous. */
const PREFIXES: Record<string, Unit | null> = {
  US$: 'USD',
  HK$: 'HKD',
  NT$: 'TWD',
  A$: 'AUD',
  C$: 'CAD',
  S$: 'SGD',
  'JP¥': 'JPY',
  RMB: 'CNY',
  人民币: 'CNY',
  港元: 'HKD',
  港币: 'HKD',
  美元: 'USD',
  新台币: 'TWD',
  台币: 'TWD',
  欧元: 'EUR',
  日元: 'JPY',
  英镑: 'GBP',
  $: 'USD',
  '¥': 'CNY',
  '￥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
  '₦': 'NGN',
  '₩': 'KRW',
  '₹': 'INR',
  ...Object.fromEntries(
    [
      'USD',
      'CNY',
      'HKD',
      'EUR',
      'JPY',
      'GBP',
      'CHF',
      'TWD',
      'NGN',
      'KRW',
      'AUD',
      'CAD',
      'RUB',
      'SGD',
      'INR'
    ].map((c) => [c, c as Unit])
  )
};
const WORDS = Object.keys(PREFIXES).sort((a, b) => b.length - a.length);
/** The prefixes by first character, so a position that starts none costs one lookup. */
const BY_FIRST = new Map<string, string[]>();
for (const w of WORDS) BY_FIRST.set(w.charAt(0), [...(BY_FIRST.get(w.charAt(0)) ?? []), w]);

/** Currency written before the amount: US$5亿, ￥100, 人民币10亿元 (a trailing 元 is kept in the span). */
export function readCurrencyPrefix(s: string, i: number): Draft | null {
  const candidates = BY_FIRST.get(s.charAt(i));
  const word = candidates ? wordAt(s, i, candidates) : null;
  if (!word) return null;
  const tok = readNumber(s, skipSpace(s, i + word.length));
  if (!tok || tok.digitString || tok.lone) return null;
  let end = tok.end;
  if (s.charAt(end) === '元') end++;
  // $1.5 billion: an English scale word after a sign-prefixed amount.
  const tail = tok.arabic && end === tok.end ? englishTail(s, end) : null;
  const factor = tail && tail.unit === null ? tail.factor : 1;
  if (factor > 1 && tail) end = tail.end;
  const unit = PREFIXES[word] ?? null;
  const scale = factor > 1 ? factor : tok.scale;
  const b = bounds(clean(tok.value * factor), tok.more ? '>' : '=');
  return { start: i, end, kind: 'money', unit, scale, ...b };
}
