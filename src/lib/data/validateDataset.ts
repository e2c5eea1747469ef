import { ARTICLE_COLUMNS, FIGURE_COLUMNS, articleRow, figureRow } from '../schema';
import type { Article, ChartDef, Figure, FigureRecord, Mention } from '../schema';
import { validateMentions, validateRecords } from '../verify';
import { checkQuote } from './checkQuote';
import { sortIssues, type DataIssue } from './issue';
import { readCsv, type CsvSource } from './parseCsv';
import { figuresInNoChart, validateCharts } from './validateCharts';
import { validateRow } from './validateRows';

/**
 * The raw contents of the data folder, read by whoever has a file system (a script, the build, a test).
 * `null` means the file is missing, which is an error for every file but mentions.csv; `undefined` (tests
 * only) leaves that file out of the check.
 */
export type DatasetFiles = {
  articlesCsv: CsvSource | null;
  figuresCsv: CsvSource | null;
  chartsJson?: string | null;
  /** data/records.csv and data/mentions.csv (verification). */
  recordsCsv?: string | null;
  mentionsCsv?: string | null;
  /** Article file name → its raw text and the sha256 of its bytes, or why it cannot be used. */
  articleText: (file: string) => { text: string; sha256: string } | { problem: string } | undefined;
  /** The folder the files came from, named in every message (default "data"). */
  dir?: string;
};

export type Dataset = {
  articles: Article[];
  figures: Figure[];
  charts: ChartDef[];
  records: FigureRecord[];
  mentions: Mention[];
  /** Article id → raw text: the only source of truth for provenance (no prototype: any id is safe). */
  texts: Record<string, string>;
};

/**
 * Checks every file and every cross-reference, and reports all problems in one pass. A row with an error
 * of its own is remembered by id, so that what refers to it is not reported again as a second error.
 */
export function validateDataset(files: DatasetFiles): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const add = (i: DataIssue) => void issues.push(i);
  const dir = files.dir ?? 'data';
  const A = `${dir}/articles.csv`;
  const F = `${dir}/figures.csv`;
  const missing = (file: string, what: string) =>
    add({ file, line: 0, column: '', message: `missing: ${what}` });

  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  const articles: Article[] = [];
  const failedArticles = new Set<string>();
  const fileOwner = new Map<string, { id: string; line: number }>();
  const aIds = new Map<string, number>();
  let articlesComplete = files.articlesCsv !== null;
  if (files.articlesCsv === null) missing(A, 'every dataset needs its list of articles (id,file,sha256,…)');
  else
    articlesComplete = readCsv(
      files.articlesCsv,
      A,
      ARTICLE_COLUMNS,
      (rec) => {
        const row = validateRow(rec, articleRow, A, add);
        if (!row) return void failedArticles.add(rec.cells.id ?? '');
        const { line } = rec;
        const first = aIds.get(row.id);
        if (first !== undefined) return add({ file: A, line, column: 'id', message: `duplicate id "${row.id}" (first used on line ${first})` });
        aIds.set(row.id, line);
        articles.push(row);
        const owner = fileOwner.get(row.file);
        if (owner) {
          const message = `${row.file} is already article "${owner.id}" (line ${owner.line}); one file, one id`;
          return add({ file: A, line, col: rec.at.file?.col, column: 'file', message });
        }
        fileOwner.set(row.file, { id: row.id, line });
        const file = files.articleText(row.file);
        const col = rec.at.file?.col;
        if (!file) return add({ file: A, line, col, column: 'file', message: `${dir}/articles/${row.file} does not exist` });
        if ('problem' in file) return add({ file: A, line, col, column: 'file', message: file.problem });
        if (file.sha256 !== row.sha256) {
          const message = `sha256 of ${dir}/articles/${row.file} is ${file.sha256}, expected ${row.sha256}: the raw article changed`;
          add({ file: A, line, col: rec.at.sha256?.col, column: 'sha256', message });
        }
        if (file.text.trim() === '') add({ file: A, line, col, column: 'file', message: `${dir}/articles/${row.file} is empty` });
        texts[row.id] = file.text;
      },
      add,
      (id) => failedArticles.add(id)
    ) && articlesComplete;

  const figures: Figure[] = [];
  const figureLine = new Map<string, number>();
  const failedFigures = new Set<string>();
  const articlesByClaim = new Map<string, Set<string>>();
  const claimRows: { line: number; row: Figure }[] = [];
  let figuresComplete = files.figuresCsv !== null;
  if (files.figuresCsv === null) missing(F, 'every dataset needs its figures (id,article_id,quote,…)');
  else
    figuresComplete = readCsv(
      files.figuresCsv,
      F,
      FIGURE_COLUMNS,
      (rec) => {
        const row = validateRow(rec, figureRow, F, add);
        if (!row) return void failedFigures.add(rec.cells.id ?? '');
        const { line } = rec;
        const first = figureLine.get(row.id);
        if (first !== undefined) return add({ file: F, line, column: 'id', message: `duplicate id "${row.id}" (first used on line ${first})` });
        figureLine.set(row.id, line);
        figures.push(row);
        if (row.claim_id) articlesByClaim.set(row.claim_id, (articlesByClaim.get(row.claim_id) ?? new Set()).add(row.article_id));
        if (row.status !== 'as-cited') claimRows.push({ line, row });
        if (!aIds.has(row.article_id)) {
          // An article with its own error is reported once, on its own line.
          if (articlesComplete && !failedArticles.has(row.article_id)) {
            add({ file: F, line, col: rec.at.article_id?.col, column: 'article_id', message: `unknown article id "${row.article_id}"` });
          }
          return;
        }
        const raw = texts[row.article_id];
        const problem = raw === undefined ? null : checkQuote(raw, row.quote, row.quote_start, row.quote_end);
        if (problem) add({ file: F, line, col: rec.at.quote?.col, column: 'quote', message: problem });
      },
      add,
      (id) => failedFigures.add(id)
    ) && figuresComplete;
  // A row with an error may be the other article of a claim: "corroborated" is only judged on a clean file.
  const judgeClaims = failedFigures.size === 0;
  for (const i of claimIssues(claimRows, articlesByClaim, F)) if (judgeClaims || i.column !== 'status') add(i);

  let charts: ChartDef[] = [];
  const C = `${dir}/charts.json`;
  const byId = new Map(figures.map((f) => [f.id, f]));
  // Until figures.csv can be read as a whole, "unknown figure" would only repeat its errors.
  const failed = figuresComplete ? failedFigures : everything;
  if (files.chartsJson === null) missing(C, 'every figure must be in a chart; write [] if there are none yet');
  else if (files.chartsJson !== undefined) {
    const c = validateCharts(files.chartsJson, byId, C, failed);
    charts = c.charts;
    for (const i of c.issues) add(i);
    if (c.parsed && figuresComplete) {
      for (const id of figuresInNoChart(charts, figures.map((f) => f.id))) {
        if (c.listed.has(id)) continue; // listed by a chart with an error of its own
        const message = `figure "${id}" appears in no chart: add it to a chart's "figures" in ${C}`;
        add({ file: F, line: figureLine.get(id) ?? 0, column: 'id', message });
      }
    }
  }
  const R = `${dir}/records.csv`;
  let records: FigureRecord[] = [];
  if (files.recordsCsv === null) missing(R, 'every figure needs a verdict row (figure_id,verdict,…)');
  else if (files.recordsCsv !== undefined) {
    const r = validateRecords(files.recordsCsv, figures, R);
    records = r.records;
    for (const i of r.issues) if (!consequence(i, failed)) add(i);
  }
  let mentions: Mention[] = [];
  if (files.mentionsCsv) {
    const m = validateMentions(files.mentionsCsv, texts, figures, `${dir}/mentions.csv`);
    mentions = m.mentions;
    for (const i of m.issues) if (!consequence(i, failed)) add(i);
  }
  return { dataset: { articles, figures, charts, records, mentions, texts }, issues: sortIssues(issues) };
}

/** A set that holds every id: when a file could not be read at all, every reference to it is a consequence. */
const everything: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

/** "unknown figure id" for a figure whose row has an error of its own says nothing new. */
function consequence(i: DataIssue, failed: ReadonlySet<string>): boolean {
  const m = /^unknown figure id "(.*)"$/.exec(i.message);
  return m !== null && failed.has(m[1] ?? '');
}

/**
 * A claim_id links the rows of different articles that cite the same fact. `corroborated` is only true when
 * another article carries the same claim; a lone claim cannot corroborate itself.
 */
function claimIssues(
  rows: { line: number; row: Figure }[],
  articlesByClaim: ReadonlyMap<string, Set<string>>,
  file: string
): DataIssue[] {
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
