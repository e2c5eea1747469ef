import { Trie } from 'opencc-js/core';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import { MappedTextBuilder, composeMaps, identityMap, type MappedText } from './mappedText';

/**
 * Traditional → simplified with OpenCC's `t2s` configuration (the same dictionaries and chain as
 * `OpenCC.Converter({ from: 't', to: 'cn' })`), re-run here step by step so that every output unit keeps the span
 * of input it came from. OpenCC is char-for-char almost everywhere, but a few entries change length (`二噁英` →
 * `二𫫇英`, astral targets); those map all their output units onto the whole replaced input span.
 */
export function toSimplified(text: string): MappedText {
  const steps = pipeline();
  const out = new MappedTextBuilder(text.length);
  let lineStart = 0;
  // Lines are independent (no dictionary entry holds a newline), so converting line by line gives OpenCC's exact
  // output while bounding the size of intermediate arrays.
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const line = text.slice(lineStart, lineEnd);
    if (steps.changing.hasAny(line)) {
      out.pushMapped(convertLine(line, steps), lineStart);
    } else {
      out.push(line, lineStart, lineEnd);
    }
    lineStart = lineEnd;
  }
  return out.build();
}

interface Pipeline {
  normalization: Trie[];
  segmentation: Trie | null;
  chain: Trie[];
  /** First code points of any normalization key. */
  normalizationFirst: CodePointSet;
  /** First code points of any conversion key. */
  chainFirst: CodePointSet;
  /** First code points of conversion keys whose replacement has a different length. */
  resizingFirst: CodePointSet;
  /**
   * Characters whose presence can change a line: those a same-length entry replaces by something else, and the
   * first character of every length-changing entry. A line with none of them is its own conversion, since every
   * dictionary match in it would replace a key by itself.
   */
  changing: CodePointSet;
}

let cached: Pipeline | null = null;

function pipeline(): Pipeline {
  if (cached) return cached;
  const config = configs.t2s;
  if (!config) throw new Error('opencc-js preset t2cn lacks the t2s configuration');
  const normalizationChain =
    (config as { normalizationChain?: readonly DictGroup[] }).normalizationChain ?? [];
  const seg = config.segmentation as DictLike | DictGroup;
  const normalizationFirst = new CodePointSet();
  const chainFirst = new CodePointSet();
  const resizingFirst = new CodePointSet();
  const changing = new CodePointSet();
  for (const group of normalizationChain) {
    for (const dict of group) {
      for (const [key, value] of entries(dict)) {
        normalizationFirst.add(key);
        noteChanges(key, value, changing);
      }
    }
  }
  for (const group of config.conversionChain) {
    for (const dict of group) {
      for (const [key, value] of entries(dict)) {
        chainFirst.add(key);
        if (key.length !== value.length) resizingFirst.add(key);
        noteChanges(key, value, changing);
      }
    }
  }
  cached = {
    normalization: normalizationChain.map(trieOf),
    segmentation: seg ? trieOf(isGroup(seg) ? seg : [seg]) : null,
    chain: config.conversionChain.map(trieOf),
    normalizationFirst,
    chainFirst,
    resizingFirst,
    changing
  };
  return cached;
}

function noteChanges(key: string, value: string, changing: CodePointSet): void {
  if (key.length !== value.length) {
    changing.add(key);
    return;
  }
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== value.charCodeAt(k)) changing.add(key.slice(k));
}

/** A set of code points with a bitmap for the BMP: membership is tested once per character of the text. */
class CodePointSet {
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Set<number>();

  add(key: string): void {
    const cp = key.codePointAt(0) ?? 0;
    if (cp > 0xffff) this.astral.add(cp);
    else this.bmp[cp] = 1;
  }

  hasAny(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this.bmp[c] === 1) return true;
      if (c >= 0xd800 && c <= 0xdbff && this.astral.has(s.codePointAt(i) ?? c)) return true;
    }
    return false;
  }
}

function trieOf(group: DictGroup): Trie {
  const t = new Trie();
  t.loadDictGroup(group);
  return t;
}

function isGroup(d: DictLike | DictGroup): d is DictGroup {
  return Array.isArray(d) && d.every((x) => typeof x === 'string');
}

function entries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((line) => {
    const [from = '', to = ''] = line.split(' ');
    return [from, to] as const;
  });
}

/**
 * One line through normalization, segmentation and the conversion chain. Segments that cannot meet a
 * length-changing entry are converted with OpenCC's own (fast) Trie.convert and mapped unit for unit; only the
 * rare others go through the span-recording conversion.
 */
function convertLine(line: string, steps: Pipeline): MappedText {
  let base: MappedText | null = null;
  let s = line;
  if (steps.normalizationFirst.hasAny(line)) {
    base = identityMap(line);
    for (const t of steps.normalization) base = composeMaps(convertMapped(t, base.text), base);
    s = base.text;
  }
  const segments = steps.segmentation ? steps.segmentation.segment(s) : [s];
  const out = new MappedTextBuilder(s.length);
  let offset = 0;
  for (const segment of segments) {
    const converted = steps.chainFirst.hasAny(segment) ? convertPlain(segment, steps) : segment;
    if (converted !== null) out.push(converted, offset, offset + segment.length);
    else out.pushMapped(convertSegmentMapped(segment, steps), offset);
    offset += segment.length;
  }
  return base ? composeMaps(out.build(), base) : out.build();
}

/** The chain applied with OpenCC's Trie.convert, or null when a length-changing entry might apply. */
function convertPlain(segment: string, steps: Pipeline): string | null {
  let v = segment;
  for (const t of steps.chain) {
    if (steps.resizingFirst.hasAny(v)) return null;
    v = t.convert(v);
  }
  return v.length === segment.length ? v : null;
}

function convertSegmentMapped(segment: string, steps: Pipeline): MappedText {
  let piece = identityMap(segment);
  for (const t of steps.chain) piece = composeMaps(convertMapped(t, piece.text), piece);
  return piece;
}

/** Trie.convert from opencc-js, recording for each output piece the input span it replaced. */
export function convertMapped(trie: Trie, s: string): MappedText {
  const out = new MappedTextBuilder(s.length);
  let i = 0;
  while (i < s.length) {
    const m = trie.matchPrefix(s, i);
    if (m) {
      out.push(m.value, i, m.end);
      i = m.end;
    } else {
      const len = unmatchedLength(s, i);
      out.push(s.slice(i, i + len), i, i + len);
      i += len;
    }
  }
  return out.build();
}

/** Mirrors opencc-js: unmatched input advances by a code point, or by a whole ideographic description sequence. */
function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : cpLength(s, i);
}

function cpLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + cpLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + cpLength(s, end);
  }
  return end;
}
