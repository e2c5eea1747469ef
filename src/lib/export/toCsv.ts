import Papa from 'papaparse';
import { neutralizeCell } from './neutralizeCell';

export type CsvColumn<R> = {
  name: string;
  type: 'string' | 'number';
  get: (row: R) => string | number | null;
};

/**
 * RFC 4180 CSV for people's spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese correctly),
 * CRLF line endings, every text cell quoted and neutralized against formula injection, numbers left bare.
 */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  const data = rows.map((row) =>
    columns.map((c) => {
      const v = c.get(row);
      if (v === null) return '';
      return c.type === 'number' ? v : neutralizeCell(String(v));
    })
  );
  const body = Papa.unparse(
    { fields: columns.map((c) => c.name), data },
    { newline: '\r\n', quotes: columns.map((c) => c.type === 'string') }
  );
  return `\uFEFF${body}\r\n`;
}
