import { normalizeText } from '../../normalize/normalizeText';
import { assertText } from './checkText';
import { scanText } from './scanText';
import { schemaDrafts } from './schemaDrafts';
import type { Draft, Mention, RecognizeOptions } from '../types';

/** Chunks end at a newline after this many characters: numbers never span lines, and memory stays bounded. */
const CHUNK = 1 << 16;

/**
 * Throws NotTextError for binary or mis-decoded input (see checkText). Finds the numeric expressions of a Chinese text (simplified, traditional, or with pinyin annotations) and
 * returns them in order with offsets into `raw`. Pure and linear-time: the text is normalized chunk by chunk
 * (pinyin stripped, traditional → simplified) and scanned once.
 */
export function recognize(raw: string, opts: RecognizeOptions = {}): Mention[] {
  assertText(raw);
  const published = parsePublished(opts.published);
  const out: Mention[] = [];
  let start = 0;
  while (start < raw.length) {
    const end = chunkEnd(raw, start);
    const chunk = raw.slice(start, end);
    const norm = normalizeText(chunk);
    for (const draft of scanText(norm.text, { publishedYear: published.year })) {
      for (const d of schemaDrafts(draft, (x) => resolve(x, published.year))) {
        const rs = start + norm.rawStart(d.start);
        const re = start + norm.rawEnd(d.end);
        out.push(toMention(d, rs, re, raw));
      }
    }
    start = end;
  }
  return out;
}

function chunkEnd(raw: string, start: number): number {
  if (raw.length - start <= CHUNK) return raw.length;
  const nl = raw.indexOf('\n', start + CHUNK);
  return nl < 0 ? raw.length : nl + 1;
}

/** Fills the year of a month/day date (--07-23) from the publication year; relative dates resolved earlier. */
function resolve(d: Draft, year: number | null): Draft {
  if (year === null || d.relative || !d.date?.startsWith('--') || d.date.startsWith('---')) return d;
  return { ...d, date: d.date.replaceAll('--', `${year}-`) };
}

function toMention(d: Draft, start: number, end: number, raw: string): Mention {
  const m: Mention = {
    start,
    end,
    text: raw.slice(start, end),
    kind: d.kind,
    value: d.value,
    low: d.low,
    high: d.high,
    comparator: d.comparator,
    unit: d.unit,
    scale: d.scale
  };
  if (d.date !== undefined) m.date = d.date;
  if (d.precision !== undefined) m.precision = d.precision;
  if (d.relative !== undefined) m.relative = d.relative;
  return m;
}

function parsePublished(p: string | undefined): { year: number | null } {
  const m = p ? /^(\d{4})(?:-\d{2}(?:-\d{2})?)?/.exec(p.trim()) : null;
  return { year: m?.[1] ? Number(m[1]) : null };
}
