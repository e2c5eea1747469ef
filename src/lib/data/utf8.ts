/**
 * Strict UTF-8, checked byte by byte so that a refusal can name the exact byte offset, line and column.
 * Node's own decoder silently turns bad bytes into U+FFFD, after which an article no longer matches its
 * pinned sha256 and a CSV cell no longer says what the file says.
 */

/** Where a stream of bytes stands between chunks: how many continuation bytes are still due, and their range. */
export type Utf8State = {
  /** Bytes seen so far (the offset of the next byte). */
  offset: number;
  /** Continuation bytes still expected for the current character. */
  need: number;
  /** Allowed range of the next continuation byte (narrower right after E0, ED, F0, F4). */
  lo: number;
  hi: number;
  /** Line (1-based) and column (1-based, in characters) of the next byte, for messages. */
  line: number;
  col: number;
  /** Offset and column of the character in progress. */
  charStart: number;
  charCol: number;
  /** The last byte was a CR: an LF now ends the same line (CRLF), anything else starts the next one. */
  cr: boolean;
};

export const utf8Start = (): Utf8State => ({ offset: 0, need: 0, lo: 0x80, hi: 0xbf, line: 1, col: 1, charStart: 0, charCol: 1, cr: false });

/** The first invalid byte of `buf` (absolute offset, line, column), or null; `state` carries over to the next chunk. */
export function utf8Check(
  buf: Uint8Array,
  state: Utf8State
): { offset: number; line: number; col: number } | null {
  for (let i = 0; i < buf.length; i++, state.offset++) {
    const b = buf[i] ?? 0;
    if (state.need > 0) {
      if (b < state.lo || b > state.hi) return bad(state, state.charStart);
      state.need--;
      state.lo = 0x80;
      state.hi = 0xbf;
      continue;
    }
    state.charStart = state.offset;
    state.charCol = state.col;
    // Lines are counted as the CSV reader counts them: LF, CRLF and a bare CR each end one.
    const afterCR = state.cr;
    state.cr = b === 0x0d;
    if (b < 0x80) {
      if (b === 0x0a && afterCR) continue;
      if (b === 0x0a || b === 0x0d) {
        state.line++;
        state.col = 1;
      } else state.col++;
      continue;
    }
    state.col++;
    if (b >= 0xc2 && b <= 0xdf) state.need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      state.need = 2;
      if (b === 0xe0) state.lo = 0xa0;
      if (b === 0xed) state.hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      state.need = 3;
      if (b === 0xf0) state.lo = 0x90;
      if (b === 0xf4) state.hi = 0x8f;
    } else return bad(state, state.offset);
  }
  return null;
}

/** Call at the end of the input: a character cut off by the end of the file is invalid too. */
export function utf8End(state: Utf8State): { offset: number; line: number; col: number } | null {
  return state.need > 0 ? bad(state, state.charStart) : null;
}

function bad(state: Utf8State, offset: number) {
  return { offset, line: state.line, col: state.charCol };
}

/** The message for a file that is not UTF-8, with the exact command that converts GBK (what most Chinese newsrooms export). */
export function notUtf8Message(path: string, offset: number, sample: Uint8Array): string {
  const bytes = [...sample.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const gbk = decodesAs('gbk', sample) ? ' (these bytes are valid GBK)' : '';
  return (
    `not valid UTF-8: byte ${offset} is ${bytes}${gbk}. Save the file as UTF-8; if it is GBK, convert it with ` +
    `iconv -f GBK -t UTF-8 ${q(path)} > ${q(`${path}.utf8`)} && mv ${q(`${path}.utf8`)} ${q(path)}`
  );
}

function decodesAs(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes.slice(0, 2));
    return true;
  } catch {
    return false;
  }
}
