import { ARTICLE_COLUMNS, FIGURE_COLUMNS, articleRow, figureRow } from '../schema';
import type { Article, ChartDef, Figure, FigureRecord, Mention } from '../schema';
import { validateMentions, validateRecords } from '../verify';
import { checkQuote } from './checkQuote';
import { sortIssues, type DataIssue } from './issue';
import { parseCsv } from './parseCsv';
import { figuresInNoChart, validateCharts } from './validateCharts';
import { duplicateIds, validateRows } from './validateRows';

/** The raw contents of the data folder, read by whoever has a file system (a script, the build, a test). */
export type DatasetFiles = {
  articlesCsv: string;
  figuresCsv: string;
  chartsJson: string | null;
  /** data/records.csv and data/mentions.csv (verification); null when the folder has none. */
  recordsCsv?: string | null;
  mentionsCsv?: string | null;
  /** Article file name → its raw text and the sha256 of its bytes; undefined when the file is missing. */
  articleText: (file: string) => { text: string; sha256: string } | undefined;
  /** The folder the files came from, named in every message (default "data"). */
  dir?: string;
};

export type Dataset = {
  articles: Article[];
  figures: Figure[];
  charts: ChartDef[];
  records: FigureRecord[];
  mentions: Mention[];
  /** Article id → raw text: the only source of truth for provenance. */
  texts: Record<string, string>;
};

/** Checks every file and every cross-reference, and reports all problems in one pass. */
export function validateDataset(files: DatasetFiles): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const dir = files.dir ?? 'data';
  const A = `${dir}/articles.csv`;
  const F = `${dir}/figures.csv`;

  const aCsv = parseCsv(files.articlesCsv, A, ARTICLE_COLUMNS);
  const aRows = validateRows(aCsv.records, articleRow, A);
  issues.push(...aCsv.issues, ...aRows.issues, ...duplicateIds(aRows.rows, A));
  const texts: Record<string, string> = {};
  for (const { line, row } of aRows.rows) {
    const file = files.articleText(row.file);
    if (!file) {
      issues.push({ file: A, line, column: 'file', message: `${dir}/articles/${row.file} does not exist` });
      continue;
    }
    if (file.sha256 !== row.sha256) {
      const message = `sha256 of ${dir}/articles/${row.file} is ${file.sha256}, expected ${row.sha256}: the raw article changed`;
      issues.push({ file: A, line, column: 'sha256', message });
    }
    texts[row.id] = file.text;
  }

  const fCsv = parseCsv(files.figuresCsv, F, FIGURE_COLUMNS);
  const fRows = validateRows(fCsv.records, figureRow, F);
  issues.push(...fCsv.issues, ...fRows.issues, ...duplicateIds(fRows.rows, F));
  const known = new Set(aRows.rows.map((r) => r.row.id));
  for (const { line, row } of fRows.rows) {
    if (!known.has(row.article_id)) {
      issues.push({ file: F, line, column: 'article_id', message: `unknown article id "${row.article_id}"` });
      continue;
    }
    const raw = texts[row.article_id];
    const problem = raw === undefined ? null : checkQuote(raw, row.quote, row.quote_start, row.quote_end);
    if (problem) issues.push({ file: F, line, column: 'quote', message: problem });
  }
  issues.push(...claimIssues(fRows.rows, F));

  const figures = fRows.rows.map((r) => r.row);
  let charts: ChartDef[] = [];
  if (files.chartsJson !== null) {
    const c = validateCharts(files.chartsJson, new Map(figures.map((f) => [f.id, f])), `${dir}/charts.json`);
    charts = c.charts;
    issues.push(...c.issues);
    if (c.parsed) {
      const lineOf = new Map(fRows.rows.map((r) => [r.row.id, r.line]));
      for (const id of figuresInNoChart(charts, figures.map((f) => f.id))) {
        const message = `figure "${id}" appears in no chart: add it to a chart's "figures" in ${dir}/charts.json`;
        issues.push({ file: F, line: lineOf.get(id) ?? 0, column: 'id', message });
      }
    }
  }
  const r = files.recordsCsv ? validateRecords(files.recordsCsv, figures, `${dir}/records.csv`) : null;
  const m = files.mentionsCsv ? validateMentions(files.mentionsCsv, texts, figures, `${dir}/mentions.csv`) : null;
  issues.push(...(r?.issues ?? []), ...(m?.issues ?? []));
  const articles = aRows.rows.map((row) => row.row);
  const dataset = { articles, figures, charts, records: r?.records ?? [], mentions: m?.mentions ?? [], texts };
  return { dataset, issues: sortIssues(issues) };
}

/**
 * A claim_id links the rows of different articles that cite the same fact. `corroborated` is only true when
 * another article carries the same claim; a lone claim cannot corroborate itself.
 */
function claimIssues(rows: { line: number; row: Figure }[], file: string): DataIssue[] {
  const articlesByClaim = new Map<string, Set<string>>();
  for (const { row } of rows) {
    if (!row.claim_id) continue;
    const set = articlesByClaim.get(row.claim_id) ?? new Set<string>();
    set.add(row.article_id);
    articlesByClaim.set(row.claim_id, set);
  }
  const issues: DataIssue[] = [];
  for (const { line, row } of rows) {
    const others = (articlesByClaim.get(row.claim_id)?.size ?? 0) > 1;
    if (row.status === 'corroborated' && !others) {
      const message = 'status "corroborated" needs a claim_id shared with a figure of another article';
      issues.push({ file, line, column: 'status', message });
    }
    if (row.status === 'conflicting' && row.note.trim() === '') {
      issues.push({ file, line, column: 'note', message: 'status "conflicting" needs a note saying what disagrees' });
    }
  }
  return issues;
}
