import type { z } from 'zod';
import type { DataIssue } from './issue';
import type { CsvRecord } from './parseCsv';

/**
 * Runs a zod row schema over parsed CSV records and keeps every failure, each tied to its line and column.
 * Rows that fail are not returned, so later cross-file checks only see typed rows.
 */
export function validateRows<S extends z.ZodType>(
  records: CsvRecord[],
  schema: S,
  file: string
): { rows: { line: number; row: z.infer<S> }[]; issues: DataIssue[] } {
  const rows: { line: number; row: z.infer<S> }[] = [];
  const issues: DataIssue[] = [];
  for (const record of records) {
    const row = validateRow(record, schema, file, (i) => issues.push(i));
    if (row !== undefined) rows.push({ line: record.line, row });
  }
  return { rows, issues };
}

/** One record through the schema: the typed row, or undefined after reporting each failure at its cell. */
export function validateRow<S extends z.ZodType>(
  { line, cells, at }: CsvRecord,
  schema: S,
  file: string,
  onIssue: (i: DataIssue) => void
): z.infer<S> | undefined {
  const result = schema.safeParse(cells);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = issue.path.map(String).join('.');
    const has = Object.hasOwn(cells, column);
    const got = has ? ` (cell: ${JSON.stringify(cells[column])})` : '';
    const message = issue.code === 'invalid_value' || issue.code === 'custom' ? issue.message : issue.message + got;
    const where = has ? at[column] : undefined;
    onIssue({ file, line: where?.line ?? line, col: where?.col, column, message });
  }
  return undefined;
}

/** Reports every id that occurs on more than one row, naming the line of its first use. */
export function duplicateIds(rows: { line: number; row: { id: string } }[], file: string): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const { line, row } of rows) {
    const seen = first.get(row.id);
    if (seen === undefined) first.set(row.id, line);
    else issues.push({ file, line, column: 'id', message: `duplicate id "${row.id}" (first used on line ${seen})` });
  }
  return issues;
}
