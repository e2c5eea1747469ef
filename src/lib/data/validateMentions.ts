import { MENTION_COLUMNS, mentionRow, type Mention } from '../schema';
import { checkQuote } from './checkQuote';
import type { DataIssue } from './issue';
import { parseCsv } from './parseCsv';
import { duplicateIds, validateRows } from './validateRows';
import { idSet, type FigureIds } from './validateRecords';

/** Checks data/mentions.csv like figures.csv: schema, unique ids, known articles and figures, verbatim quotes. */
export function validateMentions(
  text: string,
  textOf: (articleId: string) => string | undefined,
  figures: FigureIds,
  file = 'data/mentions.csv',
  /** Articles whose own row has an error (or all, when articles.csv could not be read): not "unknown" here. */
  failedArticles: ReadonlySet<string> = new Set()
): { mentions: Mention[]; issues: DataIssue[] } {
  const csv = parseCsv(text, file, MENTION_COLUMNS);
  const rows = validateRows(csv.records, mentionRow, file);
  const issues: DataIssue[] = [...csv.issues, ...rows.issues, ...duplicateIds(rows.rows, file)];
  const known = idSet(figures);
  const at = new Map(csv.records.map((r) => [r.line, r.at]));
  for (const { line, row } of rows.rows) {
    const cell = (c: string) => at.get(line)?.[c]?.col;
    const raw = textOf(row.article_id);
    if (raw === undefined) {
      if (failedArticles.has(row.article_id)) continue;
      const message = `unknown article id "${row.article_id}"`;
      issues.push({ file, line, col: cell('article_id'), column: 'article_id', message });
      continue;
    }
    const problem = checkQuote(raw, row.quote, row.quote_start, row.quote_end);
    if (problem) issues.push({ file, line, col: cell('quote'), column: 'quote', message: problem });
    for (const id of row.figure_ids.split(' ').filter(Boolean)) {
      if (known.has(id)) continue;
      const message = `unknown figure id "${id}"`;
      issues.push({
        file,
        line,
        col: cell('figure_ids'),
        column: 'figure_ids',
        message,
        code: 'unknown-figure',
        ref: id
      });
    }
  }
  return { mentions: rows.rows.map((r) => r.row), issues };
}
