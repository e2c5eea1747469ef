import { CsvReader, type CellAt } from './csvReader';
import { DataFileError } from './fileChunks';
import type { DataIssue } from './issue';

export type CsvRecord = { line: number; cells: Record<string, string>; at: Record<string, CellAt> };

/** A CSV file's text: the whole string, or chunks of it (a file read piece by piece). */
export type CsvSource = string | Iterable<string>;

/**
 * Splits a CSV file into records keyed by header, each with the line it starts on and where each cell
 * starts. Every value stays text; typing is zod's job. The files in data/ are canonical UTF-8 with LF
 * endings and no byte-order mark, so a BOM, CRLF or CR is reported rather than quietly accepted.
 */
export function parseCsv(
  text: CsvSource,
  file: string,
  expected: readonly string[]
): { records: CsvRecord[]; issues: DataIssue[] } {
  const records: CsvRecord[] = [];
  const issues: DataIssue[] = [];
  readCsv(text, file, expected, (r) => records.push(r), (i) => issues.push(i));
  return { records, issues };
}

/**
 * The streaming form of parseCsv: hands out one record at a time, so that a caller can check and drop it.
 * Returns false when the header is unusable (then no row is checked: every row would be wrong for the
 * same reason, which is one error, not thousands).
 */
export function readCsv(
  source: CsvSource,
  file: string,
  expected: readonly string[],
  onRecord: (r: CsvRecord) => void,
  onIssue: (i: DataIssue) => void,
  onBad: (firstCell: string) => void = () => {}
): boolean {
  let header: string[] | null = null;
  let headerOk = true;
  let first = true;
  const reader = new CsvReader(
    file,
    (row) => {
      if (!header) {
        header = row.cells;
        reader.width = row.cells.length;
        // Line 1 was unreadable (already reported): without a header no row can be checked.
        if (row.line !== 1) headerOk = false;
        if (row.line !== 1) return;
        headerOk = checkHeader(row.cells, row.at, file, expected, onIssue);
        return;
      }
      if (!headerOk) return;
      if (row.cells.length !== header.length) {
        onIssue({ file, line: row.line, col: 1, column: '', message: `expected ${header.length} cells, found ${row.cells.length}` });
        onBad(row.cells[0] ?? '');
        return;
      }
      const cells: Record<string, string> = {};
      const at: Record<string, CellAt> = {};
      header.forEach((c, j) => {
        cells[c] = row.cells[j] ?? '';
        at[c] = row.at[j] ?? { line: row.line, col: 1 };
      });
      onRecord({ line: row.line, cells, at });
    },
    onIssue,
    onBad
  );
  try {
    for (const chunk of typeof source === 'string' ? [source] : source) {
      if (first && chunk.startsWith('\uFEFF')) {
        onIssue({ file, line: 1, col: 1, column: '', message: 'file starts with a byte-order mark; save it as UTF-8 without BOM' });
        reader.push(chunk.slice(1));
      } else reader.push(chunk);
      if (chunk !== '') first = false;
    }
  } catch (e) {
    if (!(e instanceof DataFileError)) throw e;
    onIssue(e.issue);
    return false;
  }
  reader.end();
  if (header === null) {
    const message = `file is empty; its first line must be the header: ${expected.join(',')}`;
    onIssue({ file, line: 1, column: '', message });
    return false;
  }
  return headerOk;
}

function checkHeader(
  header: string[],
  at: CellAt[],
  file: string,
  expected: readonly string[],
  onIssue: (i: DataIssue) => void
): boolean {
  let ok = true;
  const say = (j: number, column: string, message: string) => {
    ok = false;
    onIssue({ file, line: 1, col: at[j]?.col ?? 1, column, message });
  };
  const seen = new Map<string, number>();
  header.forEach((c, j) => {
    const before = seen.get(c);
    if (before !== undefined) say(j, c, `duplicate column (also column ${before + 1}); keep one`);
    else seen.set(c, j);
    if (!expected.includes(c)) say(j, c, `unknown column; expected only ${expected.join(', ')}`);
  });
  for (const c of expected) if (!seen.has(c)) say(0, c, 'column is missing from the header');
  return ok;
}
