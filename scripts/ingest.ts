/**
 * npm run ingest -- FILE [--id SLUG] [--url URL] [--outlet NAME] [--published YYYY-MM-DD] [--title T] [--data DIR]
 * Copies a raw article into DIR/articles/ byte for byte, adds its row (with sha256) to DIR/articles.csv, and
 * writes candidate figure rows (quote, offsets, value, unit, comparator) to DIR/review/ID.csv for a curator.
 * Running it again on the same file changes nothing. Writers take DIR/.lock in turn, and every file is
 * written atomically, so a crash or a concurrent run never leaves a half-written file or loses a row.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { atomicWrite, removeDeadTemps } from '../src/lib/data/atomicWrite';
import { acquireDataLock, LockTimeout } from '../src/lib/data/dataLock';
import { formatIssue } from '../src/lib/data/issue';
import { parseCsv } from '../src/lib/data/parseCsv';
import { ARTICLE_COLUMNS, articleRow } from '../src/lib/schema';
import { candidateRows } from './lib/candidateRows';
import { detectScript } from './lib/detectScript';
import {
  appendLines,
  articleBytesProblem,
  articleIdFor,
  csvLine,
  isArticleFileName,
  newArticleRow,
  sha256Of
} from './lib/pinArticle';

class Refused extends Error {}
const fail = (message: string): never => {
  throw new Refused(message);
};

const FLAGS = ['--id', '--url', '--outlet', '--published', '--title', '--data'];

function main(): void {
  const args = process.argv.slice(2);
  const opts = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (FLAGS.includes(a) && args[i + 1] !== undefined) opts.set(a.slice(2), args[++i] ?? '');
    else if (a.startsWith('--')) fail(`unknown or incomplete option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1)
    fail('usage: npm run ingest -- FILE [--id SLUG] [--url URL] [--outlet NAME] [--published YYYY-MM-DD]');
  const file = files[0] ?? '';
  if (!existsSync(file)) fail(`${file}: no such file`);
  if (statSync(file).isDirectory()) fail(`${file} is a folder; give one article's .txt file`);
  const name = basename(file);
  if (!isArticleFileName(name))
    fail(
      `${file}: articles are stored as plain-text .txt files named with letters, digits, "-", "_" and "."; copy it to such a name (e.g. ${name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-') || 'article'}.txt) and ingest that`
    );
  const dir = opts.get('data') ?? 'data';
  if (!existsSync(join(dir, 'articles.csv')))
    fail(`${dir}/articles.csv does not exist; is --data the data folder?`);

  const bytes = readFileSync(file);
  const problem = articleBytesProblem(file, bytes);
  if (problem) fail(problem);
  const text = bytes.toString('utf8');
  const sha256 = sha256Of(bytes);

  const release = acquireDataLock(dir, {
    command: `ingest ${name}`,
    waitMs: Number(process.env.CITED_FIGURES_LOCK_WAIT_MS ?? 120_000),
    say: (m) => process.stderr.write(`ingest: ${m}\n`)
  });
  try {
    const articlesDir = join(dir, 'articles');
    mkdirSync(articlesDir, { recursive: true });
    for (const d of [dir, articlesDir, join(dir, 'review')]) removeDeadTemps(d);
    ingest(file, name, bytes, text, sha256, dir, opts);
  } finally {
    release();
  }
}

function ingest(
  file: string,
  name: string,
  bytes: Buffer,
  text: string,
  sha256: string,
  dir: string,
  opts: Map<string, string>
): void {
  const id = opts.get('id') ?? articleIdFor(name);
  // Read under the lock: a writer that finished while this one waited is seen, and its row kept.
  const articlesPath = join(dir, 'articles.csv');
  const articlesCsv = readFileSync(articlesPath, 'utf8');
  const parsed = parseCsv(articlesCsv, articlesPath, ARTICLE_COLUMNS);
  if (parsed.issues.length) fail(parsed.issues.map(formatIssue).join('\n'));
  const existing = parsed.records.map((r) => r.cells);
  const same = existing.find((r) => r.sha256 === sha256);
  if (same && same.id !== id && opts.has('id'))
    fail(`${file} is already ingested as "${same.id}" (same sha256)`);
  const articleId = same?.id ?? id;
  const clash = existing.find((r) => r.id === articleId && r.sha256 !== sha256);
  if (clash)
    fail(`id "${articleId}" is already used by ${clash.file} with a different sha256; choose another --id`);

  const target = join(dir, 'articles', same?.file ?? name);
  let recovered = false;
  if (!same) {
    const owner = existing.find((r) => r.file === name);
    if (owner) fail(`${target} is already article "${owner.id}" with other content; rename the file`);
    if (existsSync(target)) {
      // No row names this file: an earlier run stopped between copying the file and adding its row.
      const there = sha256Of(readFileSync(target));
      if (there !== sha256)
        fail(
          `${target} exists with other content and no row in ${articlesPath} names it (left by an interrupted run?): delete it or rename your file`
        );
      recovered = true;
    }
    const row = newArticleRow(
      articleId,
      name,
      sha256,
      text,
      {
        title: opts.get('title'),
        outlet: opts.get('outlet'),
        published: opts.get('published'),
        url: opts.get('url')
      },
      `Added by npm run ingest; title, outlet, author and date not yet curated (only what was passed on the command line).`
    );
    const check = articleRow.safeParse(row);
    if (!check.success) {
      const flag = (k: string) =>
        ['id', 'url', 'outlet', 'published', 'title'].includes(k) ? `--${k}` : `the article's ${k}`;
      fail(check.error.issues.map((i) => `${flag(String(i.path[0]))}: ${i.message}`).join('\n'));
    }
    // The article first, then its row: a crash in between leaves a complete file that the next run adopts.
    if (!recovered) atomicWrite(target, bytes);
    atomicWrite(articlesPath, appendLines(articlesCsv, [csvLine(ARTICLE_COLUMNS, row)]));
  }

  const published = same?.published ?? opts.get('published') ?? '';
  const big = text.length > 256 * 1024;
  const rows = candidateRows(articleId, text, published, (done, total) => {
    if (big)
      process.stderr.write(
        `ingest: read ${Math.round((100 * done) / total)}% of ${(total / 1e6).toFixed(1)} M characters\n`
      );
  });
  mkdirSync(join(dir, 'review'), { recursive: true });
  const reviewPath = join(dir, 'review', `${articleId}.csv`);
  const review = `${Papa.unparse(rows, { newline: '\n' })}\n`;
  const unchanged = existsSync(reviewPath) && readFileSync(reviewPath, 'utf8') === review;
  if (!unchanged) atomicWrite(reviewPath, review);

  console.log(
    same
      ? `ingest: ${file} is already ${target} ("${articleId}"); ${unchanged ? 'nothing changed' : `review file rewritten: ${reviewPath}`}`
      : `ingest: ${target} added as "${articleId}"${recovered ? ' (finishing an earlier run that stopped halfway)' : ''} (sha256 ${sha256.slice(0, 12)}…, script ${detectScript(text)})`
  );
  console.log(
    `ingest: ${rows.length} candidate figure rows in ${reviewPath}: write subject and metric, copy the rows you keep into ${dir}/figures.csv, then npm run validate`
  );
}

// exitCode, never process.exit(): exit() can cut off messages still on their way down a pipe.
try {
  main();
} catch (e) {
  if (!(e instanceof Refused || e instanceof LockTimeout)) throw e;
  console.error(`ingest: ${e.message}`);
  process.exitCode = 2;
}
