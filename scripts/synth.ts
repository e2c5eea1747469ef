/**
 * npm run synth -- --articles N [--out DIR] [--per-article 20] [--seed 1] [--large-chart]
 * Writes a synthetic corpus (articles, articles.csv, figures.csv, records.csv, charts.json) made from the real
 * data, for the scale benchmarks. Build the site on it with CITED_FIGURES_DATA=DIR npm run build.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDatasetOrThrow } from '../src/lib/data/readDataset';
import { ARTICLE_COLUMNS, FIGURE_COLUMNS, RECORD_COLUMNS } from '../src/lib/schema';
import { largeTimeline, synthCorpus } from './lib/synthCorpus';

/**
 * The corpus is built in memory (about 25 kB of heap per article at 20 figures each), so sizes past these
 * would run out of heap after minutes of work: they are refused before any work starts.
 */
const MAX_ARTICLES = 100_000;
const MAX_FIGURES = 2_000_000;
const USAGE =
  'usage: npm run synth -- --articles N [--out DIR] [--per-article 20] [--seed 1] [--large-chart]';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? String(args[i + 1]) : fallback;
};
const n = Number(opt('--articles', ''));
const per = Number(opt('--per-article', '20'));
const problem =
  !Number.isInteger(n) || n < 1
    ? '--articles needs a whole number of at least 1'
    : !Number.isInteger(per) || per < 1 || per > 1000
      ? '--per-article needs a whole number from 1 to 1000'
      : n > MAX_ARTICLES
        ? `--articles ${n} is more than this tool can hold in memory (at most ${MAX_ARTICLES.toLocaleString('en')})`
        : n * per > MAX_FIGURES
          ? `${n} articles × ${per} figures is ${(n * per).toLocaleString('en')} figures; at most ${MAX_FIGURES.toLocaleString('en')}`
          : null;
if (problem) {
  console.error(`synth: ${problem}\n${USAGE}`);
  process.exitCode = 2;
} else run();

function run(): void {
  const out = opt('--out', `bench-out/synth-${n}`);
  const corpus = synthCorpus(loadDatasetOrThrow('data'), n, per, Number(opt('--seed', '1')));
  // --large-chart adds a timeline of every synthetic event: a chart page too large for one page.
  const large = args.includes('--large-chart') ? largeTimeline(corpus.charts) : null;
  if (large) corpus.charts.push(large);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  for (const a of corpus.articles) writeFileSync(join(out, 'articles', a.file), corpus.texts.get(a.id) ?? '');
  writeCsv(join(out, 'articles.csv'), ARTICLE_COLUMNS, corpus.articles);
  writeCsv(join(out, 'figures.csv'), FIGURE_COLUMNS, corpus.figures);
  // Every figure needs a verdict; a synthetic one has no record to check against.
  const records = corpus.figures.map((f) => ({
    figure_id: f.id,
    verdict: 'not-checkable',
    explanation: 'Synthetic figure made by npm run synth; there is no record to check it against.',
    checked_on: '2025-01-01'
  }));
  writeCsv(join(out, 'records.csv'), RECORD_COLUMNS, records);
  writeFileSync(join(out, 'charts.json'), `${JSON.stringify(corpus.charts, null, 1)}\n`);
  console.log(
    `synth: ${corpus.articles.length} articles, ${corpus.figures.length} figures, ${corpus.charts.length} charts → ${out}/`
  );
}

/** A CSV written 10,000 rows at a time: one string of a million rows would pass V8's string limit. */
function writeCsv(path: string, cols: readonly string[], rows: object[]): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${cols.join(',')}\n`);
    for (let i = 0; i < rows.length; i += 10_000) {
      const data = rows
        .slice(i, i + 10_000)
        .map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? ''));
      writeSync(fd, `${Papa.unparse(data, { newline: '\n' })}\n`);
    }
  } finally {
    closeSync(fd);
  }
}
