import { ARTICLE_COLUMNS, FIGURE_COLUMNS, articleRow, figureRow } from '../schema';
import type { Article, ChartDef, Figure, FigureRecord, Mention } from '../schema';
import type { Dataset } from './dataset';
import { validateMentions } from './validateMentions';
import { validateRecords } from './validateRecords';
import { checkQuote } from './checkQuote';
import { sortIssues, type DataIssue } from './issue';
import { readCsv, type CsvSource } from './parseCsv';
import { validateCharts } from './validateCharts';
import { ArticleTexts, type ArticleFile } from './articleTexts';
import type { ChartFigure } from './chartIssues';
import { ownString } from './ownString';
import { validateRow } from './validateRows';

/**
 * The raw contents of the data folder, read by whoever has a file system (a script, the build, a test).
 * `null` means the file is missing, which is an error for every file but mentions.csv; `undefined` (tests
 * only) leaves that file out of the check.
 */
export type DatasetFiles = {
  articlesCsv: CsvSource | null;
  figuresCsv: CsvSource | null;
  /** The text of charts.json, whole or in chunks. */
  chartsJson?: CsvSource | null;
  /** data/records.csv and data/mentions.csv (verification). */
  recordsCsv?: CsvSource | null;
  mentionsCsv?: string | null;
  /** Article file name → its raw text and the sha256 of its bytes, or why it cannot be used. */
  articleText: (file: string) => ArticleFile;
  /** The folder the files came from, named in every message (default "data"). */
  dir?: string;
};


/** How many valid rows each file had (validate prints these; the dataset itself may not be kept). */
export type DatasetCounts = Record<'articles' | 'figures' | 'charts' | 'records' | 'mentions', number>;

/**
 * Checks every file and every cross-reference, and reports all problems in one pass. A row with an error
 * of its own is remembered by id, so that what refers to it is not reported again as a second error.
 *
 * With `keep: false` (validate on the command line) the rows are checked and dropped: what stays per figure
 * row is its id and line (duplicates, "in no chart", "no record") and the few fields the chart checks need
 * (ChartFigure); per article its id, file and line; texts are re-read when dropped (ArticleTexts). That is
 * linear in the number of rows but small, and the returned dataset is empty apart from its counts.
 */
export function validateDataset(
  files: DatasetFiles,
  { keep = true }: { keep?: boolean } = {}
): { dataset: Dataset; issues: DataIssue[]; counts: DatasetCounts; articlesComplete: boolean; namedFiles: ReadonlySet<string> } {
  const issues: DataIssue[] = [];
  const add = (i: DataIssue) => void issues.push(i);
  const dir = files.dir ?? 'data';
  const A = `${dir}/articles.csv`;
  const F = `${dir}/figures.csv`;
  const counts: DatasetCounts = { articles: 0, figures: 0, charts: 0, records: 0, mentions: 0 };
  const missing = (file: string, what: string) =>
    add({ file, line: 0, column: '', message: `missing: ${what}` });

  const texts = new ArticleTexts(keep, files.articleText);
  const articles: Article[] = [];
  const failedArticles = new Set<string>();
  const namedFiles = new Set<string>();
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
        // A row with an error still names its file: that file is not an orphan (one error, not two).
        namedFiles.add(ownString(rec.cells.file ?? ''));
        const row = validateRow(rec, articleRow, A, add);
        if (!row) return void failedArticles.add(ownString(rec.cells.id ?? ''));
        const { line } = rec;
        const first = aIds.get(row.id);
        if (first !== undefined) return add({ file: A, line, column: 'id', message: `duplicate id "${row.id}" (first used on line ${first})` });
        const id = ownString(row.id);
        aIds.set(id, line);
        counts.articles++;
        if (keep) articles.push(row);
        const owner = fileOwner.get(row.file);
        if (owner) {
          const message = `${row.file} is already article "${owner.id}" (line ${owner.line}); one file, one id`;
          return add({ file: A, line, col: rec.at.file?.col, column: 'file', message });
        }
        fileOwner.set(ownString(row.file), { id, line });
        const file = files.articleText(row.file);
        const col = rec.at.file?.col;
        if (!file) return add({ file: A, line, col, column: 'file', message: `${dir}/articles/${row.file} does not exist` });
        if ('problem' in file) return add({ file: A, line, col, column: 'file', message: file.problem });
        if (file.sha256 !== row.sha256) {
          const message = `sha256 of ${dir}/articles/${row.file} is ${file.sha256}, expected ${row.sha256}: the raw article changed`;
          add({ file: A, line, col: rec.at.sha256?.col, column: 'sha256', message });
        }
        if (file.text.trim() === '') add({ file: A, line, col, column: 'file', message: `${dir}/articles/${row.file} is empty` });
        texts.add(id, ownString(row.file), file.text);
      },
      add,
      (id) => failedArticles.add(ownString(id))
    ) && articlesComplete;

  const figures: Figure[] = [];
  /** Per figure row: its line and what the chart checks need (see ChartFigure), kept small (see ownString). */
  const figureState = new Map<string, FigureState>();
  const shared = interning();
  const failedFigures = new Set<string>();
  const articlesByClaim = new Map<string, Set<string>>();
  const claimRows: ClaimRow[] = [];
  let figuresComplete = files.figuresCsv !== null;
  if (files.figuresCsv === null) missing(F, 'every dataset needs its figures (id,article_id,quote,…)');
  else
    figuresComplete = readCsv(
      files.figuresCsv,
      F,
      FIGURE_COLUMNS,
      (rec) => {
        const row = validateRow(rec, figureRow, F, add);
        if (!row) return void failedFigures.add(ownString(rec.cells.id ?? ''));
        const { line } = rec;
        const first = figureState.get(row.id);
        if (first !== undefined) return add({ file: F, line, column: 'id', message: `duplicate id "${row.id}" (first used on line ${first.line})` });
        const id = ownString(row.id);
        figureState.set(id, figureStateOf(id, line, row, shared));
        counts.figures++;
        if (keep) figures.push(row);
        const claim = ownString(row.claim_id);
        if (claim) articlesByClaim.set(claim, (articlesByClaim.get(claim) ?? new Set()).add(shared(row.article_id)));
        if (row.status !== 'as-cited') claimRows.push({ line, claim, status: row.status, noNote: row.note.trim() === '' });
        if (!aIds.has(row.article_id)) {
          // An article with its own error is reported once, on its own line.
          if (articlesComplete && !failedArticles.has(row.article_id)) {
            add({ file: F, line, col: rec.at.article_id?.col, column: 'article_id', message: `unknown article id "${row.article_id}"` });
          }
          return;
        }
        const raw = texts.get(row.article_id);
        const problem = raw === undefined ? null : checkQuote(raw, row.quote, row.quote_start, row.quote_end);
        if (problem) add({ file: F, line, col: rec.at.quote?.col, column: 'quote', message: problem });
      },
      add,
      (id) => failedFigures.add(ownString(id))
    ) && figuresComplete;
  // A row with an error may be the other article of a claim: "corroborated" is only judged on a clean file.
  const judgeClaims = failedFigures.size === 0;
  for (const i of claimIssues(claimRows, articlesByClaim, F)) if (judgeClaims || i.column !== 'status') add(i);

  let charts: ChartDef[] = [];
  const C = `${dir}/charts.json`;
  // Until figures.csv can be read as a whole, "unknown figure" would only repeat its errors.
  const failed = figuresComplete ? failedFigures : everything;
  if (files.chartsJson === null) missing(C, 'every figure must be in a chart; write [] if there are none yet');
  else if (files.chartsJson !== undefined) {
    const onListed = (id: string) => {
      const s = figureState.get(id);
      if (s) s.listed = true;
    };
    const c = validateCharts(files.chartsJson, figureState, C, failed, { keep, onListed });
    counts.charts = c.count;
    charts = c.charts;
    for (const i of c.issues) add(i);
    if (c.parsed && figuresComplete) {
      // A figure listed only by a chart with an error of its own is not reported again.
      for (const [id, { line, listed }] of figureState) {
        if (listed) continue;
        const message = `figure "${id}" appears in no chart: add it to a chart's "figures" in ${C}`;
        add({ file: F, line, column: 'id', message });
      }
    }
  }
  const R = `${dir}/records.csv`;
  let records: FigureRecord[] = [];
  if (files.recordsCsv === null) missing(R, 'every figure needs a verdict row (figure_id,verdict,…)');
  else if (files.recordsCsv !== undefined) {
    const r = validateRecords(files.recordsCsv, figureState, R, keep, recordLedger(figureState));
    records = r.records;
    counts.records = r.count;
    for (const i of r.issues) if (!consequence(i, failed)) add(i);
  }
  let mentions: Mention[] = [];
  if (files.mentionsCsv) {
    const m = validateMentions(files.mentionsCsv, (id) => texts.get(id), figureState, `${dir}/mentions.csv`, articlesComplete ? failedArticles : everything);
    counts.mentions = m.mentions.length;
    if (keep) mentions = m.mentions;
    for (const i of m.issues) if (!consequence(i, failed)) add(i);
  }
  const dataset = { articles, figures, charts, records, mentions, texts: texts.all };
  return { dataset, issues: sortIssues(issues), counts, articlesComplete, namedFiles };
}

/** A set that holds every id: when a file could not be read at all, every reference to it is a consequence. */
const everything: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

/** "unknown figure id" for a figure whose row has an error of its own says nothing new. */
function consequence(i: DataIssue, failed: ReadonlySet<string>): boolean {
  return i.code === 'unknown-figure' && failed.has(i.ref ?? '');
}

/** What stays of a figure row once it is checked: its line, whether a chart lists it, and ChartFigure. */
type FigureState = ChartFigure & { line: number; listed: boolean; record: number | undefined };

/** The line of each figure's first record, kept on the figure itself (no second map of a million ids). */
function recordLedger(figures: Map<string, FigureState>) {
  const others = new Map<string, number>();
  return {
    get: (id: string) => {
      const f = figures.get(id);
      return f ? f.record : others.get(id);
    },
    set: (id: string, line: number) => {
      const f = figures.get(id);
      if (f) f.record = line;
      else others.set(id, line);
    }
  };
}

function figureStateOf(id: string, line: number, f: Figure, shared: (s: string) => string): FigureState {
  const { value, low, high } = f;
  const unit = shared(f.unit) as Figure['unit'];
  const [article_id, subject_en, period] = [shared(f.article_id), shared(f.subject_en), shared(f.period)];
  return { id, line, listed: false, record: undefined, unit, value, low, high, article_id, subject_en, period };
}

/**
 * One copy of each distinct string (units, article ids, subjects, periods repeat from row to row), held in
 * memory of its own rather than in the chunk its row was read from.
 */
function interning(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const got = seen.get(s);
    if (got !== undefined) return got;
    const own = ownString(s);
    seen.set(own, own);
    return own;
  };
}

/** What the claim checks need of a figure whose status is not "as-cited". */
type ClaimRow = { line: number; claim: string; status: Figure['status']; noNote: boolean };

/**
 * A claim_id links the rows of different articles that cite the same fact. `corroborated` is only true when
 * another article carries the same claim; a lone claim cannot corroborate itself.
 */
function claimIssues(
  rows: ClaimRow[],
  articlesByClaim: ReadonlyMap<string, Set<string>>,
  file: string
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { line, claim, status, noNote } of rows) {
    const others = (articlesByClaim.get(claim)?.size ?? 0) > 1;
    if (status === 'corroborated' && !others) {
      const message = 'status "corroborated" needs a claim_id shared with a figure of another article';
      issues.push({ file, line, column: 'status', message });
    }
    if (status === 'conflicting' && noNote) {
      issues.push({ file, line, column: 'note', message: 'status "conflicting" needs a note saying what disagrees' });
    }
  }
  return issues;
}
