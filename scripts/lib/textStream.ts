import { closeSync, openSync, readSync } from 'node:fs';
import { notUtf8Message, utf8Check, utf8End, utf8Start } from '../../src/lib/data/utf8';

/** Input that cannot be read as text: the message names the byte offset and how to fix it. */
export class InputError extends Error {}

const READ = 1 << 20;
/** recognize() itself works in pieces of 64 K characters cut at a newline; pieces here are cut the same way. */
const PIECE = 1 << 16;
/** A line longer than this is cut: after a sentence end if there is one, else into overlapping windows. */
const LONG_LINE = 1 << 17;
/**
 * Windows over a line with no sentence end overlap: a window's mentions are kept only if they start before
 * its last LOOKAHEAD characters (so each saw what follows it), and the next window starts CONTEXT characters
 * earlier than that and keeps only mentions starting after them (so each saw what precedes it). No number is
 * cut in two and no comparator ("不到") or unit is separated from its number, however dense the line.
 */
const LOOKAHEAD = 512;
const CONTEXT = 512;

/**
 * A piece of the input with the UTF-16 offset it starts at. Only mentions that start in [keepFrom, keepTo)
 * of the piece belong to it (the rest are seen again, whole, in the neighbouring piece).
 */
export type TextPiece = { text: string; offset: number; keepFrom: number; keepTo: number };

/**
 * A text file (fd 0 for stdin) as pieces of text with the UTF-16 offset each starts at, so that offsets
 * into the whole file stay exact while only about a megabyte is in memory at a time. Invalid UTF-8 and
 * binary input (a NUL byte) stop the read with an InputError.
 */
export function* textPieces(path: string): Generator<TextPiece> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const shown = path === '-' ? 'stdin' : path;
  try {
    const state = utf8Start();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // a BOM stays in the text: offsets count it
    const buf = new Uint8Array(READ);
    let pending = '';
    let offset = 0;
    /** Characters at the start of `pending` that the previous window already covered (context only). */
    let skip = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, READ, null);
      const bytes = buf.subarray(0, n);
      const base = state.offset;
      const bad = n > 0 ? utf8Check(bytes, state) : utf8End(state);
      if (bad) {
        const local = Math.max(0, bad.offset - base);
        throw new InputError(
          `${shown}:${bad.line}:${bad.col}: ${notUtf8Message(shown, bad.offset, bytes.subarray(local, local + 8))}`
        );
      }
      const nul = bytes.indexOf(0);
      if (nul >= 0)
        throw new InputError(`${shown}: byte ${base + nul} is NUL: this is a binary file, not text`);
      pending += n > 0 ? decoder.decode(bytes, { stream: true }) : decoder.decode();
      const last = n === 0;
      while (pending.length > PIECE || (last && pending.length)) {
        const cut = last && pending.length <= PIECE ? pending.length : cutAt(pending, last);
        if (cut === 0) break;
        if (cut > 0) {
          yield { text: pending.slice(0, cut), offset, keepFrom: skip, keepTo: Infinity };
          offset += cut;
          pending = pending.slice(cut);
          skip = 0;
          continue;
        }
        // A long line with no sentence end: one window, and the next starts CONTEXT before its kept end.
        let keepTo = LONG_LINE - LOOKAHEAD;
        if (isLowSurrogate(pending.charCodeAt(keepTo))) keepTo--;
        yield { text: pending.slice(0, LONG_LINE), offset, keepFrom: skip, keepTo };
        let next = keepTo - CONTEXT;
        if (isLowSurrogate(pending.charCodeAt(next))) next--;
        offset += next;
        pending = pending.slice(next);
        skip = keepTo - next;
      }
      if (last) return;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where to end the next piece: after the first newline past PIECE characters, as recognize() would; on a
 * long line, after its last sentence end; 0 to wait for more text; -1 for overlapping windows.
 */
function cutAt(text: string, last: boolean): number {
  const nl = text.indexOf('\n', PIECE);
  if (nl >= 0) return nl + 1;
  if (text.length < LONG_LINE) return last ? text.length : 0;
  const window = text.slice(PIECE, LONG_LINE);
  const m = /[。！？；!?;][^。！？；!?;]*$/.exec(window);
  return m ? PIECE + m.index + 1 : -1;
}
