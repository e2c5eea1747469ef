/**
 * Breaks a line of text to fit `maxEm` ems, as a slide needs (SVG text does not wrap). Chinese may break
 * between any two characters, but not before closing punctuation or after opening punctuation; Latin
 * words break only at spaces. Widths are estimated: a CJK character is 1em, other characters about 0.55em.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[A-Za-z0-9$%.,'’\-–/:()&+#@]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const tok of tokens) {
    const w = emWidth(tok);
    const noBreakBefore = /^[,。、;:!?)》」』”’%]/.test(tok);
    if (width + w > maxEm && line.trim() && !noBreakBefore && !/^\s+$/.test(tok)) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
    }
    if (!line && /^\s+$/.test(tok)) continue;
    line += tok;
    width += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Estimated width in ems of a string in the slide's sans-serif font. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.55;
  return w;
}
