import { closeSync, openSync, readSync } from 'node:fs';
import { notUtf8Message, utf8Check, utf8End, utf8Start } from '../../src/lib/data/utf8';

/** Input that cannot be read as text: the message names the byte offset and how to fix it. */
export class InputError extends Error {}

const READ = 1 << 20;
/** recognize() itself works in pieces of 64 K characters cut at a newline; pieces here are cut the same way. */
const PIECE = 1 << 16;
/** A line longer than this is cut after a sentence end (or, failing that, anywhere) to keep memory flat. */
const LONG_LINE = 1 << 20;

/**
 * A text file (fd 0 for stdin) as pieces of text with the UTF-16 offset each starts at, so that offsets
 * into the whole file stay exact while only about a megabyte is in memory at a time. Invalid UTF-8 and
 * binary input (a NUL byte) stop the read with an InputError.
 */
export function* textPieces(path: string): Generator<{ text: string; offset: number }> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const shown = path === '-' ? 'stdin' : path;
  try {
    const state = utf8Start();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // a BOM stays in the text: the reader refuses it, offsets count it
    const buf = new Uint8Array(READ);
    let pending = '';
    let offset = 0;
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
        if (cut <= 0) break;
        yield { text: pending.slice(0, cut), offset };
        offset += cut;
        pending = pending.slice(cut);
      }
      if (last) return;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Where to end the next piece: after the first newline past PIECE characters, as recognize() would. */
function cutAt(text: string, last: boolean): number {
  const nl = text.indexOf('\n', PIECE);
  if (nl >= 0) return nl + 1;
  if (text.length < LONG_LINE) return last ? text.length : 0;
  // One enormous line: end the piece after a sentence, or, in a wall of digits, anywhere.
  const window = text.slice(PIECE, LONG_LINE);
  const m = /[。！？；!?;][^。！？；!?;]*$/.exec(window);
  return m ? PIECE + m.index + 1 : LONG_LINE;
}
