/**
 * Text measurement without a DOM: the server lays charts out before any browser exists, so widths are
 * estimated per character, on the generous side (DejaVu Sans, the widest common fallback), so that a label
 * is never clipped because the estimate was short.
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;

const emCache = new Map<string, number>();

/** Width of one character in em (cached: a chart's labels reuse a few hundred characters). */
function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) emCache.set(ch, (em = classifyEm(ch)));
  return em;
}

function classifyEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.32;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[ilj.,:;'’|!()[\]]/.test(ch)) return 0.34;
  if (/[mwMW—%@]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[a-z]/.test(ch)) return 0.6;
  return 0.66;
}

/** Estimated width in pixels of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`: Latin text at spaces, CJK between any two characters
 * (but never before closing punctuation). A word wider than a line is cut across lines. Every character is
 * kept: a label is the figure's own subject, and a reader (or a slide's audience) must see all of it, so
 * layouts grow to the lines they get rather than cutting a label short with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Pure, and a build lays out the same labels on thousands of pages (every figure page redraws its chart),
  // so results are kept; the cache is emptied when it grows past a bound rather than grown forever.
  const key = `${maxWidth}|${fontSize}|${text}`;
  const hit = wrapCache.get(key);
  if (hit) return [...hit];
  if (wrapCache.size >= WRAP_CACHE_MAX) wrapCache.clear();
  const lines = wrapUncached(text, maxWidth, fontSize);
  wrapCache.set(key, lines);
  return [...lines];
}

const WRAP_CACHE_MAX = 20_000;
const wrapCache = new Map<string, readonly string[]>();

function wrapUncached(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line === '' || textWidth(next.trimEnd(), fontSize) <= maxWidth) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = tok.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  const out: string[] = [];
  for (const l of lines) out.push(...cutToWidth(l, maxWidth, fontSize));
  return out;
}

/** Punctuation that never starts a line (it sticks to what precedes it), full-width and half-width. */
const CLOSING = /[，。、；：）」』》！？”’〕】,.;:)!?]/;
/** Punctuation that never ends a line (it sticks to what follows it). */
const OPENING = /[（「『《“‘〔【(]/;

/** Words with their trailing space, and every CJK character on its own (closing punctuation attached). */
function tokenize(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let opening = '';
  const push = (tok: string) => {
    out.push(opening + tok);
    opening = '';
  };
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) push(word);
      word = '';
      if (CLOSING.test(ch) && out.length && !opening) out[out.length - 1] += ch;
      else if (OPENING.test(ch)) opening += ch;
      else push(ch);
    } else if (ch === ' ') {
      push(`${word} `);
      word = '';
    } else word += ch;
  }
  if (word || opening) push(word);
  return out;
}

function cutToWidth(line: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(line, fontSize) <= maxWidth) return [line];
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (cur && textWidth(cur + ch, fontSize) > maxWidth) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
