import Papa from 'papaparse';
import type { DataIssue } from './issue';

export type CsvRecord = { line: number; cells: Record<string, string> };

/**
 * Splits a CSV file into records keyed by header, each with the line it starts on. papaparse does the
 * splitting with every value kept as text; typing is zod's job. The files in data/ are canonical UTF-8
 * with LF endings and no byte-order mark, so a BOM or CRLF is reported rather than quietly accepted:
 * offsets and diffs stay exact.
 */
export function parseCsv(text: string, file: string, expected: readonly string[]): {
  records: CsvRecord[];
  issues: DataIssue[];
} {
  const issues: DataIssue[] = [];
  const say = (line: number, column: string, message: string) => issues.push({ file, line, column, message });
  if (text.startsWith('\uFEFF')) say(1, '', 'file starts with a byte-order mark; save it as UTF-8 without BOM');
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) say(lineAt(text, crlf), '', 'line ends with CRLF; save the file with LF line endings');
  if (issues.length) return { records: [], issues };

  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  const starts = rowStartLines(text, parsed.data);
  for (const e of parsed.errors) {
    const line = e.row !== undefined ? (starts[e.row] ?? 0) : 0;
    say(line, '', `malformed CSV (${e.code}): ${e.message}`);
  }
  if (parsed.errors.length) return { records: [], issues };

  const [header = [], ...rows] = parsed.data;
  const missing = expected.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !expected.includes(c));
  for (const c of missing) say(1, c, 'column is missing from the header');
  for (const c of unknown) say(1, c, `unknown column; expected only ${expected.join(', ')}`);
  if (missing.length || unknown.length) return { records: [], issues };

  const records: CsvRecord[] = [];
  rows.forEach((row, i) => {
    const line = starts[i + 1] ?? 0;
    if (row.length === 1 && row[0] === '' && i === rows.length - 1) return; // the file's final newline
    if (row.length !== header.length) {
      say(line, '', `expected ${header.length} cells, found ${row.length}`);
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((c, j) => (cells[c] = row[j] ?? ''));
    records.push({ line, cells });
  });
  return { records, issues };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line each parsed row starts on, found by walking the text with the same quoting rules. */
function rowStartLines(text: string, rows: string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let rowOpen = false;
  for (let i = 0; i < text.length && starts.length <= rows.length; i++) {
    if (!rowOpen) {
      starts.push(line);
      rowOpen = true;
    }
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) rowOpen = false;
    }
  }
  if (!rowOpen) starts.push(line);
  return starts;
}
