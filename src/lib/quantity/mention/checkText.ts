/**
 * Input that is not text (a binary file, or bytes that were not UTF-8 and came out as U+FFFD) would be
 * "recognized" into hundreds of meaningless mentions. The recognizer refuses it; scripts that read files call
 * `decodeText` to refuse it with the file's name, line and column before recognizing anything.
 */

/** Control characters no article contains (tab, newlines, form feed are fine), and the replacement character. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this check
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/;

export class NotTextError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly why: string
  ) {
    super(`${file}:${line}:${column}: not UTF-8 text (${why}); convert it to UTF-8 first`);
    this.name = 'NotTextError';
  }
}

/** The first sign that `raw` is not text, as 1-based line and column, or null. */
export function findNotText(
  raw: string
): { index: number; line: number; column: number; why: string } | null {
  const m = NOT_TEXT.exec(raw);
  if (!m) return null;
  const index = m.index;
  let line = 1;
  let lineStart = 0;
  for (let k = raw.indexOf('\n'); k >= 0 && k < index; k = raw.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const code = raw.charCodeAt(index);
  const why =
    code === 0xfffd
      ? 'a byte sequence that is not UTF-8 (decoded as U+FFFD)'
      : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}, as in binary files`;
  return { index, line, column: index - lineStart + 1, why };
}

/** Throws NotTextError when `raw` is not text. */
export function assertText(raw: string, file = 'input'): void {
  const bad = findNotText(raw);
  if (bad) throw new NotTextError(file, bad.line, bad.column, bad.why);
}

/** Decodes file bytes as UTF-8 (a BOM is dropped), throwing NotTextError for anything that is not text. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  assertText(text, file);
  return text;
}
