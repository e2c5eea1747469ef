import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { DataFileError, fileChunks } from './fileChunks';
import { formatIssue, sortIssues, type DataIssue } from './issue';
import { notUtf8Message, utf8Check, utf8End, utf8Start } from './utf8';
import type { Dataset } from './dataset';
import { validateDataset, type DatasetCounts } from './validateDataset';

/**
 * Reads the data folder from disk and validates it. Used by scripts/validate, the build and the tests.
 * The CSV files are read in chunks (a million figure rows never sit in memory as one string); nothing
 * that can go wrong with a file (missing, a folder, not UTF-8, a symlink out of the folder) throws.
 */
export function readDataset(
  dir = 'data',
  { keep = true }: { keep?: boolean } = {}
): { dataset: Dataset; issues: DataIssue[]; counts: DatasetCounts } {
  const name = dir.replace(/\/$/, '');
  const early: DataIssue[] = [];
  const problem = (file: string, message: string) => early.push({ file: `${name}/${file}`, line: 0, column: '', message });
  if (!isDir(dir)) {
    problem('', `not a data folder: ${exists(dir) ? 'it is a file' : 'no such folder'}`);
    const counts = { articles: 0, figures: 0, charts: 0, records: 0, mentions: 0 };
    const dataset = { articles: [], figures: [], charts: [], records: [], mentions: [], texts: {} };
    return { dataset, issues: sortIssues(early), counts };
  }
  const path = (file: string) => join(dir, file);
  /** A file to stream, or null (reported) when it is absent or not a file. */
  const csv = (file: string): Iterable<string> | null => {
    if (!exists(path(file))) return null;
    if (isDir(path(file))) return refused({ file: `${name}/${file}`, line: 0, column: '', message: 'is a folder, expected a file' });
    return fileChunks(path(file), `${name}/${file}`);
  };
  const whole = (file: string, optional = false): string | null | undefined => {
    const chunks = csv(file);
    if (chunks === null) return optional ? undefined : null;
    try {
      let text = '';
      for (const c of chunks) text += c;
      if (text.trim() === '' && file.endsWith('.json')) problem(file, 'is empty; write [] if there are no charts yet');
      return text.trim() === '' && file.endsWith('.json') ? undefined : text;
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      early.push(e.issue);
      return undefined;
    }
  };
  const articlesDir = path('articles');
  const root = realpath(dir);
  const used = new Set<string>();
  const { dataset, issues, counts, articlesComplete, namedFiles } = validateDataset(
    {
    dir: name,
    articlesCsv: csv('articles.csv'),
    figuresCsv: csv('figures.csv'),
    chartsJson: csv('charts.json'),
    recordsCsv: csv('records.csv'),
    mentionsCsv: whole('mentions.csv', true),
    articleText: (file) => {
      used.add(file);
      return articleText(join(articlesDir, file), `${name}/articles/${file}`, root);
    }
  },
    { keep }
  );
  // Without a readable articles.csv every file would look orphaned: that is one error, already reported.
  for (const file of articlesComplete ? orphans(articlesDir, used) : []) {
    if (namedFiles.has(file)) continue;
    const message = `no row in ${name}/articles.csv names this file: add its row (npm run ingest) or delete it`;
    early.push({ file: `${name}/articles/${file}`, line: 0, column: '', message });
  }
  return { dataset, issues: early.length ? sortIssues([...early, ...issues]) : issues, counts };
}

/** An article's bytes as strict UTF-8 text with their sha256, or why they cannot be used. */
function articleText(path: string, shown: string, root: string | null) {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) {
    const target = realpath(path);
    if (!target || !root || !(target === root || target.startsWith(root + sep)))
      return { problem: `${shown} is a symlink to ${target ?? 'nowhere'}, outside the data folder; copy the file in instead` };
    st = statSync(path);
  }
  if (st.isDirectory()) return { problem: `${shown} is a folder, expected the article's text file` };
  const bytes = readFileSync(path);
  const state = utf8Start();
  const bad = utf8Check(bytes, state) ?? utf8End(state);
  if (bad) {
    const message = `${shown}:${bad.line}:${bad.col}: ${notUtf8Message(path, bad.offset, bytes.subarray(bad.offset, bad.offset + 8))}`;
    return { problem: message };
  }
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Files in data/articles/ that no row names: left behind by a failed or half-finished ingest. */
function orphans(articlesDir: string, used: ReadonlySet<string>): string[] {
  if (!isDir(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((f) => !f.startsWith('.') && !used.has(f))
    .sort();
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function realpath(p: string): string | null {
  try {
    return resolve(realpathSync(p));
  } catch {
    return null;
  }
}

/** Chunks that are never handed out: reading them reports the issue instead. */
function refused(issue: DataIssue): Iterable<string> {
  return {
    [Symbol.iterator]: () => ({
      next: () => {
        throw new DataFileError(issue);
      }
    })
  };
}

/** The dataset, or an error that lists every problem: the build stops on bad data. */
export function loadDatasetOrThrow(dir = 'data'): Dataset {
  const { dataset, issues } = readDataset(dir);
  if (issues.length) {
    throw new Error(`${issues.length} data error(s):\n${issues.map(formatIssue).join('\n')}`);
  }
  return dataset;
}
