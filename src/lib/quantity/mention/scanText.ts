import { CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, isAsciiLetter } from '../lexicon/chars';
import { idiomEnd } from '../lexicon/idioms';
import type { DateContext } from '../types';
import { readMention } from './readMention';
import type { Draft } from '../types';

/** Characters at which a mention can start; everything else is skipped with one table lookup. */
const TRIGGER = new Uint8Array(0x10000);
for (const ch of [
  ...Object.keys(CN_DIGITS),
  ...Object.keys(CN_SMALL_UNITS),
  ...Object.keys(CN_BIG_UNITS),
  ...'廿卅数數几幾上下第首榜居前半大过逾近去今明后同当翻双人港$¥￥不差接将约超高多突至最起低少小未顶新台欧日英€£负对美₦₩₹俩仨'
]) {
  TRIGGER[ch.charCodeAt(0)] = 1;
}
for (let c = 0x30; c <= 0x39; c++) TRIGGER[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) TRIGGER[c] = 1;
for (let c = 0x41; c <= 0x7a; c++) if (isAsciiLetter(c)) TRIGGER[c] = 1;

export interface ScanOptions {
  publishedYear: number | null;
}

/**
 * One left-to-right pass over normalized text. At each trigger character the readers look a bounded distance
 * around; numerals and identifiers are consumed once and skipped, so the scan is linear in the text length.
 */
export function scanText(s: string, opts: ScanOptions): Draft[] {
  const out: Draft[] = [];
  const date: DateContext = { lastYear: null, lastMonth: null };
  let lastIdentifierEnd = -1;
  let floor = 0;
  let i = 0;
  while (i < s.length) {
    if (TRIGGER[s.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const idiom = idiomEnd(s, i);
    if (idiom > i) {
      i = idiom;
      continue;
    }
    const r = readMention(s, i, { prefix: null, lastIdentifierEnd, floor, date }, opts.publishedYear);
    if (r.identifierEnd !== undefined) lastIdentifierEnd = r.identifierEnd;
    for (const d of r.drafts) out.push(d);
    if (r.drafts.length > 0) floor = r.next;
    i = Math.max(i + 1, r.next);
  }
  return out;
}
