import { RECORD_COLUMNS, recordRow, type Figure, type FigureRecord } from '../schema';
import type { DataIssue } from '../data/issue';
import { parseCsv } from '../data/parseCsv';
import { validateRows } from '../data/validateRows';

/**
 * Checks data/records.csv: every row by the schema, every figure_id known, and exactly one record per
 * figure, so that every figure carries a verdict with its source or its search note.
 */
export function validateRecords(
  text: string,
  figures: readonly Figure[],
  file = 'data/records.csv'
): { records: FigureRecord[]; issues: DataIssue[] } {
  const csv = parseCsv(text, file, RECORD_COLUMNS);
  const rows = validateRows(csv.records, recordRow, file);
  const issues: DataIssue[] = [...csv.issues, ...rows.issues];
  const known = new Set(figures.map((f) => f.id));
  const seen = new Map<string, number>();
  for (const { line, row } of rows.rows) {
    if (!known.has(row.figure_id)) {
      issues.push({ file, line, column: 'figure_id', message: `unknown figure id "${row.figure_id}"` });
    }
    const first = seen.get(row.figure_id);
    if (first !== undefined) {
      const message = `second record for figure "${row.figure_id}" (first on line ${first})`;
      issues.push({ file, line, column: 'figure_id', message });
    } else seen.set(row.figure_id, line);
  }
  if (csv.issues.length === 0) {
    // A row that failed the schema still names its figure: report the row's error, not a missing record.
    const named = new Set(csv.records.map((r) => r.cells.figure_id));
    for (const f of figures) {
      if (named.has(f.id)) continue;
      issues.push({ file, line: 0, column: 'figure_id', message: `no record for figure "${f.id}"` });
    }
  }
  return { records: rows.rows.map((r) => r.row), issues };
}
