/**
 * npm run ingest -- FILE [--id SLUG] [--url URL] [--outlet NAME] [--published YYYY-MM-DD] [--title T] [--data DIR]
 * Copies a raw article into DIR/articles/ byte for byte, adds its row (with sha256) to DIR/articles.csv, and
 * writes candidate figure rows (quote, offsets, value, unit, comparator) to DIR/review/ID.csv for a curator.
 * Running it again on the same file changes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { formatIssue } from '../src/lib/data/issue';
import { parseCsv } from '../src/lib/data/parseCsv';
import { ARTICLE_COLUMNS, articleRow } from '../src/lib/schema';
import { candidateRows } from './lib/candidateRows';
import { detectScript } from './lib/detectScript';

const FLAGS = ['--id', '--url', '--outlet', '--published', '--title', '--data'];
const args = process.argv.slice(2);
const opts: Record<string, string> = {};
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] ?? '';
  if (FLAGS.includes(a) && args[i + 1] !== undefined) opts[a.slice(2)] = args[++i] ?? '';
  else if (a.startsWith('--')) fail(`unknown or incomplete option ${a}`);
  else files.push(a);
}
if (files.length !== 1)
  fail('usage: npm run ingest -- FILE [--id SLUG] [--url URL] [--outlet NAME] [--published YYYY-MM-DD]');
const file = files[0] ?? '';
if (!existsSync(file)) fail(`${file}: no such file`);

const dir = opts.data ?? 'data';
const bytes = readFileSync(file);
const text = bytes.toString('utf8');
if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0)
  fail(`${file}: not valid UTF-8; convert it first`);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const name = basename(file);
const id =
  opts.id ??
  name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const articlesPath = join(dir, 'articles.csv');
const articlesCsv = readFileSync(articlesPath, 'utf8');
const parsed = parseCsv(articlesCsv, articlesPath, ARTICLE_COLUMNS);
if (parsed.issues.length) fail(parsed.issues.map(formatIssue).join('\n'));
const existing = parsed.records.map((r) => r.cells);
const same = existing.find((r) => r.sha256 === sha256);
if (same && same.id !== id && opts.id) fail(`${file} is already ingested as "${same.id}" (same sha256)`);
const articleId = same?.id ?? id;
const clash = existing.find((r) => r.id === articleId && r.sha256 !== sha256);
if (clash)
  fail(`id "${articleId}" is already used by ${clash.file} with a different sha256; choose another --id`);

const target = join(dir, 'articles', same?.file ?? name);
if (!same) {
  if (existsSync(target)) fail(`${target} already exists with other content; rename the file`);
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 60) ?? articleId;
  const row = {
    id: articleId,
    file: name,
    sha256,
    title: opts.title ?? '',
    label_zh: firstLine,
    label_en: `Article ${articleId}`,
    outlet: opts.outlet ?? '',
    platform: '',
    author: '',
    published: opts.published ?? '',
    url: opts.url ?? '',
    language: 'zh',
    script: detectScript(text),
    quality_note: `Added by npm run ingest; title, outlet, author and date not yet curated (only what was passed on the command line).`
  };
  const check = articleRow.safeParse(row);
  if (!check.success) fail(check.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  writeFileSync(target, bytes);
  const line = Papa.unparse(
    { fields: [...ARTICLE_COLUMNS], data: [ARTICLE_COLUMNS.map((c) => row[c])] },
    { header: false, newline: '\n' }
  );
  writeFileSync(articlesPath, `${articlesCsv.endsWith('\n') ? articlesCsv : `${articlesCsv}\n`}${line}\n`);
}

const published = same?.published ?? opts.published ?? '';
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
if (!unchanged) writeFileSync(reviewPath, review);

console.log(
  same
    ? `ingest: ${file} is already ${target} ("${articleId}"); ${unchanged ? 'nothing changed' : `review file rewritten: ${reviewPath}`}`
    : `ingest: ${target} added as "${articleId}" (sha256 ${sha256.slice(0, 12)}…, script ${detectScript(text)})`
);
console.log(
  `ingest: ${rows.length} candidate figure rows in ${reviewPath}: write subject and metric, copy the rows you keep into ${dir}/figures.csv, then npm run validate`
);

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(2);
}
