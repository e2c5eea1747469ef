import { closeSync, openSync, readSync } from 'node:fs';
import type { DataIssue } from './issue';
import { notUtf8Message, utf8Check, utf8End, utf8Start } from './utf8';

/** A data file that cannot be read as a whole: the issue says where and why, and the file is not used. */
export class DataFileError extends Error {
  constructor(readonly issue: DataIssue) {
    super(issue.message);
  }
}

const CHUNK = 1 << 20;

/**
 * A file's text in chunks of about 1 MB, strictly UTF-8: memory stays flat whatever the file's size, and
 * an invalid byte stops the read with its offset, line and column. `name` is how messages call the file.
 */
export function* fileChunks(path: string, name = path): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const state = utf8Start();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // a BOM stays in the text: the reader refuses it, offsets count it
    const buf = new Uint8Array(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      const bytes = buf.subarray(0, n);
      const base = state.offset;
      const bad = n > 0 ? utf8Check(bytes, state) : utf8End(state);
      if (bad) {
        const local = Math.max(0, bad.offset - base);
        // The text before the bad byte is still read: a header error above it is not hidden behind it.
        const before = decoder.decode(bytes.subarray(0, local), { stream: true });
        if (before) yield before;
        const message = notUtf8Message(path, bad.offset, bytes.subarray(local, local + 8));
        throw new DataFileError({ file: name, line: bad.line, col: bad.col, column: '', message });
      }
      if (n === 0) break;
      yield decoder.decode(bytes, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}
