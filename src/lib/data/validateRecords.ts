import { RECORD_COLUMNS, recordRow, type Figure, type FigureRecord } from '../schema';
import type { DataIssue } from './issue';
import { ownString } from './ownString';
import { readCsv, type CsvSource } from './parseCsv';
import { validateRow } from './validateRows';

/** The figures a file may refer to, in figures.csv order: an id set or map (validate), or the rows (tests). */
export type FigureIds = Pick<ReadonlySet<string>, 'has' | 'keys'> | readonly Pick<Figure, 'id'>[];

/** Where validateRecords notes the line of each figure's first record (validate keeps it beside the figure). */
export type RecordLedger = { get(id: string): number | undefined; set(id: string, line: number): void };

export const idSet = (ids: FigureIds): Pick<ReadonlySet<string>, 'has' | 'keys'> =>
  Array.isArray(ids) ? new Set(ids.map((f) => f.id)) : (ids as Pick<ReadonlySet<string>, 'has' | 'keys'>);

/**
 * Checks data/records.csv: every row by the schema, every figure_id known, and exactly one record per
 * figure, so that every figure carries a verdict with its source or its search note. The file is read row
 * by row; what stays per row is the figure id and the line of its record (to name a second record's first).
 * Rows are kept only when `keep` is set (validate on its own only counts them).
 */
export function validateRecords(
  source: CsvSource,
  figures: FigureIds,
  file = 'data/records.csv',
  keep = true,
  /** figure_id → line of its first valid record, or 0 when its rows all failed the schema. */
  seen: RecordLedger = new Map<string, number>()
): { records: FigureRecord[]; count: number; issues: DataIssue[] } {
  const known = idSet(figures);
  const issues: DataIssue[] = [];
  const records: FigureRecord[] = [];
  let count = 0;
  let unreadable = 0;
  readCsv(
    source,
    file,
    RECORD_COLUMNS,
    (rec) => {
      const row = validateRow(rec, recordRow, file, (i) => issues.push(i));
      // A row that failed the schema still names its figure: report the row's error, not a missing record.
      const named = rec.cells.figure_id ?? '';
      if (!row) {
        if (seen.get(named) === undefined) seen.set(ownString(named), 0);
        return;
      }
      count++;
      if (keep) records.push(row);
      const { line } = rec;
      const col = rec.at.figure_id?.col;
      if (!known.has(row.figure_id)) {
        const message = `unknown figure id "${row.figure_id}"`;
        issues.push({
          file,
          line,
          col,
          column: 'figure_id',
          message,
          code: 'unknown-figure',
          ref: row.figure_id
        });
      }
      const first = seen.get(row.figure_id);
      if (first) {
        const message = `second record for figure "${row.figure_id}" (first on line ${first})`;
        issues.push({ file, line, col, column: 'figure_id', message });
      } else seen.set(ownString(row.figure_id), line);
    },
    (i) => {
      unreadable++;
      issues.push(i);
    }
  );
  if (unreadable === 0) {
    for (const id of known.keys()) {
      if (seen.get(id) !== undefined) continue;
      issues.push({ file, line: 0, column: 'figure_id', message: `no record for figure "${id}"` });
    }
  }
  return { records, count, issues };
}
