import type { Comparator, MentionKind, Unit } from '../../schema/vocab';
import { isLetterAt, isSpaceAt } from '../lexicon/chars';
import { bounds } from '../drafts';
import { clean, readNumber } from './readNumber';
import type { Draft } from '../types';

/**
 * English quoted inside Chinese text: `approximately 12,000 roles`, `over 1,000 jobs`, `$1.5 billion`. Only
 * Arabic numerals are read, with an English scale word and a noun from a short list; other English stays a
 * label (iPhone 15, Top 10).
 */

const SCALES: readonly [string, number][] = [
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
  ['mn', 1e6]
];

const NOUNS: readonly [string, Unit | null, MentionKind][] = [
  ['percent', '%', 'percent'],
  ['per cent', '%', 'percent'],
  ['percentage points', 'pp', 'percent'],
  ['people', 'people', 'count'],
  ['persons', 'people', 'count'],
  ['employees', 'people', 'count'],
  ['workers', 'people', 'count'],
  ['staff', 'people', 'count'],
  ['users', 'people', 'count'],
  ['researchers', 'people', 'count'],
  ['engineers', 'people', 'count'],
  ['jobs', 'count', 'count'],
  ['roles', 'count', 'count'],
  ['positions', 'count', 'count'],
  ['companies', 'count', 'count'],
  ['papers', 'papers', 'count'],
  ['pages', 'pages', 'count'],
  ['cities', 'cities', 'count'],
  ['projects', 'projects', 'count'],
  ['years', 'years', 'count'],
  ['months', 'months', 'count'],
  ['dollars', 'USD', 'money'],
  ['yuan', 'CNY', 'money'],
  ['euros', 'EUR', 'money']
];

/** Longer phrases first so that `no more than` is not read as `more than`. */
const QUALIFIERS: readonly [string, Comparator][] = [
  ['approximately', '~'],
  ['about', '~'],
  ['around', '~'],
  ['roughly', '~'],
  ['nearly', '~'],
  ['almost', '~'],
  ['close to', '~'],
  ['some', '~'],
  ['no more than', '<='],
  ['no fewer than', '>='],
  ['no less than', '>='],
  ['more than', '>'],
  ['over', '>'],
  ['above', '>'],
  ['at least', '>='],
  ['at most', '<='],
  ['up to', '<='],
  ['fewer than', '<'],
  ['less than', '<'],
  ['under', '<'],
  ['below', '<']
];

const FIRST_LETTERS = new Set(QUALIFIERS.map(([w]) => w.charAt(0)));

const MONEY_SIGNS: readonly [string, Unit][] = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP']
];

/** A lower-case English word or phrase at `i`, ending at a word boundary. */
function phraseAt(s: string, i: number, phrase: string): boolean {
  // Compared code by code, folding A–Z: no slice, no allocation on the scan's hot path.
  for (let k = 0; k < phrase.length; k++) {
    const c = s.charCodeAt(i + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== phrase.charCodeAt(k)) return false;
  }
  return !isLetterAt(s, i + phrase.length);
}

/** ` million` / ` billion people` / ` percent` after a number ending at `j`. */
export function englishTail(
  s: string,
  j: number
): { end: number; factor: number; unit: Unit | null; kind: MentionKind } | null {
  let k = j;
  let factor = 1;
  if (isSpaceAt(s, k)) {
    const scale = SCALES.find(([w]) => phraseAt(s, k + 1, w));
    if (scale) {
      factor = scale[1];
      k += 1 + scale[0].length;
    }
  }
  if (isSpaceAt(s, k)) {
    const noun = NOUNS.find(([w]) => phraseAt(s, k + 1, w));
    if (noun) return { end: k + 1 + noun[0].length, factor, unit: noun[1], kind: noun[2] };
  }
  return factor > 1 ? { end: k, factor, unit: null, kind: 'number' } : null;
}

/** An English qualifier, an Arabic amount (optionally $/€/£) and its scale word and noun, at `i`. */
export function readEnglish(s: string, i: number): Draft | null {
  // Most latin tokens (AI, GPT, iPhone) start no qualifier: one lookup skips them.
  if (!FIRST_LETTERS.has(s.charAt(i).toLowerCase())) return null;
  const q = QUALIFIERS.find(([w]) => phraseAt(s, i, w));
  if (!q || !isSpaceAt(s, i + q[0].length)) return null;
  let k = i + q[0].length + 1;
  const sign = MONEY_SIGNS.find(([w]) => s.startsWith(w, k));
  if (sign) k += sign[0].length;
  const tok = readNumber(s, k);
  if (!tok?.arabic || tok.end !== tok.arabic.end || isLetterAt(s, tok.end)) return null;
  const percent = s.charAt(tok.end) === '%';
  const tail = percent ? null : englishTail(s, tok.end);
  if (!sign && !percent && !tail) return null;
  const unit: Unit | null = sign ? sign[1] : percent ? '%' : (tail?.unit ?? null);
  const kind: MentionKind = sign ? 'money' : percent ? 'percent' : (tail?.kind ?? 'number');
  const factor = tail?.factor ?? 1;
  const end = percent ? tok.end + 1 : (tail?.end ?? tok.end);
  const scale = factor > 1 ? factor : null;
  return { start: i, end, kind, unit, scale, ...bounds(clean(tok.value * factor), q[1]) };
}
