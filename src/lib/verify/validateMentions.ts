import { MENTION_COLUMNS, mentionRow, type Figure, type Mention } from '../schema';
import { checkQuote } from '../data/checkQuote';
import type { DataIssue } from '../data/issue';
import { parseCsv } from '../data/parseCsv';
import { duplicateIds, validateRows } from '../data/validateRows';

/** Checks data/mentions.csv like figures.csv: schema, unique ids, known articles and figures, verbatim quotes. */
export function validateMentions(
  text: string,
  texts: Record<string, string>,
  figures: readonly Figure[],
  file = 'data/mentions.csv'
): { mentions: Mention[]; issues: DataIssue[] } {
  const csv = parseCsv(text, file, MENTION_COLUMNS);
  const rows = validateRows(csv.records, mentionRow, file);
  const issues: DataIssue[] = [...csv.issues, ...rows.issues, ...duplicateIds(rows.rows, file)];
  const known = new Set(figures.map((f) => f.id));
  for (const { line, row } of rows.rows) {
    const raw = texts[row.article_id];
    if (raw === undefined) {
      issues.push({ file, line, column: 'article_id', message: `unknown article id "${row.article_id}"` });
      continue;
    }
    const problem = checkQuote(raw, row.quote, row.quote_start, row.quote_end);
    if (problem) issues.push({ file, line, column: 'quote', message: problem });
    for (const id of row.figure_ids.split(' ').filter(Boolean)) {
      if (!known.has(id))
        issues.push({ file, line, column: 'figure_ids', message: `unknown figure id "${id}"` });
    }
  }
  return { mentions: rows.rows.map((r) => r.row), issues };
}
