import type { DataIssue } from './issue';

/** Where a cell starts: 1-based line and character column. */
export type CellAt = { line: number; col: number };
export type CsvRow = { line: number; cells: string[]; at: CellAt[] };

/** A quoted cell may run over several lines, but not over more than this: past it, the quote is unbalanced. */
const MAX_ROW_LINES = 200;
const MAX_LINE = 1 << 20;

/**
 * A strict, streaming RFC 4180 reader for the files in data/: LF line endings, `"` only around a whole
 * cell, no control characters. It is fed text in chunks of any size and hands out one row at a time, so a
 * file of a million rows never sits in memory. A bad row is reported (line and column) and reading goes on
 * with the next line: a single stray quote never hides the rest of the file.
 */
export class CsvReader {
  private partial = '';
  private lineNo = 0;
  private overlong = false;
  private pendingCR = false;
  private said = new Set<string>();
  /** Lines of a row whose quoted cell runs on; replayed one by one when the quote proves unbalanced. */
  private held: { no: number; text: string }[] = [];
  /** Cells per row, once the header is known: a multi-line row of another width is an unbalanced quote. */
  width = 0;

  constructor(
    private readonly file: string,
    private readonly onRow: (row: CsvRow) => void,
    private readonly onIssue: (issue: DataIssue) => void,
    /** Told the first cell (the id, in every data file) of a row that could not be read. */
    private readonly onBad: (firstCell: string) => void = () => {}
  ) {}

  push(chunk: string): void {
    let text = this.partial + chunk;
    this.partial = '';
    if (this.pendingCR) {
      this.pendingCR = false;
      text = `\r${text}`;
    }
    let from = 0;
    // The next CR is looked up once, not per line: a file without any CR must not be rescanned per line.
    let cr = text.indexOf('\r');
    for (;;) {
      if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
      const n = text.indexOf('\n', from);
      const nl = cr < 0 ? n : n < 0 ? cr : Math.min(n, cr);
      if (nl < 0) break;
      if (text[nl] === '\r' && nl === text.length - 1) {
        this.pendingCR = true; // a CRLF may be split between chunks
        this.partial = text.slice(from, nl);
        return;
      }
      const crlf = text[nl] === '\r' && text[nl + 1] === '\n';
      if (text[nl] === '\r') this.once(crlf ? 'crlf' : 'cr', this.lineNo + 1, nl - from + 1);
      this.line(text.slice(from, nl));
      from = nl + (crlf ? 2 : 1);
    }
    this.partial = text.slice(from);
    if (this.partial.length > MAX_LINE) {
      if (!this.overlong) this.say(this.lineNo + 1, 1, '', `line is longer than ${MAX_LINE} characters`);
      this.overlong = true;
      this.partial = '';
    }
  }

  end(): void {
    if (this.pendingCR) {
      this.pendingCR = false;
      this.once('cr', this.lineNo + 1, this.partial.length + 1);
      this.line(this.partial);
      this.partial = '';
    }
    if (this.partial !== '' || this.overlong) this.line(this.partial);
    this.partial = '';
    if (this.held.length) this.unbalanced();
  }

  private line(text: string): void {
    this.lineNo++;
    if (this.overlong) {
      this.overlong = false;
      return;
    }
    this.held.push({ no: this.lineNo, text });
    this.tryRow();
  }

  /** Parses the held lines as one row; waits for more lines while a quoted cell is open. */
  private tryRow(): void {
    const first = this.held[0];
    if (!first) return;
    const r = parseRow(this.held);
    if (r.kind === 'open') {
      if (this.held.length > MAX_ROW_LINES) this.unbalanced();
      return;
    }
    // A quote that ran on past its line and then broke something below was never meant to run on.
    const spilled =
      this.held.length > 1 &&
      (r.kind === 'error' ? r.line !== first.no : this.width > 0 && r.cells.length !== this.width);
    if (spilled) return this.unbalanced();
    const lines = this.held;
    this.held = [];
    if (r.kind === 'error') {
      this.say(r.line, r.col, '', r.message);
      this.onBad(firstCell(first.text));
      if (lines.length > 1) this.replay(lines.slice(1));
      return;
    }
    if (lines.length === 1 && first.text === '') {
      this.say(first.no, 1, '', 'blank line; remove it');
      return;
    }
    this.onRow({ line: first.no, cells: r.cells, at: r.at });
  }

  /** A quote opened and never closed (or only closed far below): report it, then read the next lines afresh. */
  private unbalanced(): void {
    const lines = this.held;
    this.held = [];
    const first = lines[0];
    if (!first) return;
    const open = parseRow([first]);
    const col = open.kind === 'open' ? open.quoteCol : 1;
    this.say(first.no, col, '', 'this quote is never closed: a stray " in a cell? Quote the whole cell and double inner quotes ("")');
    this.onBad(firstCell(first.text));
    this.replay(lines.slice(1));
  }

  private replay(lines: { no: number; text: string }[]): void {
    for (const l of lines) {
      this.held.push(l);
      this.tryRow();
    }
  }

  private once(kind: 'crlf' | 'cr', line: number, col: number): void {
    if (this.said.has(kind)) return;
    this.said.add(kind);
    const what = kind === 'crlf' ? 'ends with CRLF' : 'ends with a bare CR (old Mac line endings)';
    this.say(line, col, '', `line ${what}; save the file with LF line endings`);
  }

  private say(line: number, col: number, column: string, message: string): void {
    this.onIssue({ file: this.file, line, col, column, message });
  }
}

function firstCell(text: string): string {
  const comma = text.indexOf(',');
  return (comma < 0 ? text : text.slice(0, comma)).replace(/^"|"$/g, '');
}

type Parsed =
  | { kind: 'row'; cells: string[]; at: CellAt[] }
  | { kind: 'open'; quoteCol: number }
  | { kind: 'error'; line: number; col: number; message: string };

// Control characters are exactly what this looks for (tab is allowed).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** One row from its lines (more than one only inside a quoted cell). Scans with indexOf: a million rows stay fast. */
function parseRow(lines: { no: number; text: string }[]): Parsed {
  const cells: string[] = [];
  const at: CellAt[] = [];
  let li = 0;
  let { no, text } = lines[0] ?? { no: 0, text: '' };
  let i = 0;
  for (const l of lines) {
    const c = CONTROL.exec(l.text);
    if (c) {
      const code = l.text.charCodeAt(c.index).toString(16).toUpperCase().padStart(4, '0');
      return { kind: 'error', line: l.no, col: c.index + 1, message: `control character U+${code} in a cell; remove it` };
    }
  }
  for (;;) {
    at.push({ line: no, col: i + 1 });
    if (text.charCodeAt(i) !== 0x22) {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const q = text.indexOf('"', i);
      if (q >= 0 && q < end) {
        const message = 'stray " inside an unquoted cell; quote the whole cell and double inner quotes ("")';
        return { kind: 'error', line: no, col: q + 1, message };
      }
      cells.push(text.slice(i, end));
      if (comma < 0) return { kind: 'row', cells, at };
      i = comma + 1;
      continue;
    }
    const quoteCol = i + 1;
    let cell = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        cell += text.slice(i);
        const next = lines[++li];
        if (!next) return { kind: 'open', quoteCol };
        cell += '\n';
        ({ no, text } = next);
        i = 0;
        continue;
      }
      cell += text.slice(i, q);
      if (text.charCodeAt(q + 1) === 0x22) {
        cell += '"';
        i = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
    cells.push(cell);
    if (i === text.length) return { kind: 'row', cells, at };
    if (text.charCodeAt(i) !== 0x2c) {
      const message = 'text after a closing quote; quote the whole cell and double inner quotes ("")';
      return { kind: 'error', line: no, col: i + 1, message };
    }
    i++;
  }
}
