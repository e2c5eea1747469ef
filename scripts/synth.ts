/**
 * npm run synth -- --articles N [--out DIR] [--per-article 20] [--seed 1]
 * Writes a synthetic corpus (articles, articles.csv, figures.csv, charts.json) made from the real data, for
 * the scale benchmarks. Build the site on it with CITED_FIGURES_DATA=DIR npm run build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDatasetOrThrow } from '../src/lib/data/readDataset';
import { ARTICLE_COLUMNS, FIGURE_COLUMNS } from '../src/lib/schema';
import { synthCorpus } from './lib/synthCorpus';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? String(args[i + 1]) : fallback;
};
const n = Number(opt('--articles', ''));
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npm run synth -- --articles N [--out DIR] [--per-article 20] [--seed 1]');
  process.exit(2);
}
const out = opt('--out', `bench-out/synth-${n}`);
const corpus = synthCorpus(
  loadDatasetOrThrow('data'),
  n,
  Number(opt('--per-article', '20')),
  Number(opt('--seed', '1'))
);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'articles'), { recursive: true });
for (const a of corpus.articles) writeFileSync(join(out, 'articles', a.file), corpus.texts.get(a.id) ?? '');
const csv = (cols: readonly string[], rows: object[]) =>
  `${Papa.unparse({ fields: [...cols], data: rows.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? '')) }, { newline: '\n' })}\n`;
writeFileSync(join(out, 'articles.csv'), csv(ARTICLE_COLUMNS, corpus.articles));
writeFileSync(join(out, 'figures.csv'), csv(FIGURE_COLUMNS, corpus.figures));
if (corpus.charts.length)
  writeFileSync(join(out, 'charts.json'), `${JSON.stringify(corpus.charts, null, 1)}\n`);
console.log(
  `synth: ${corpus.articles.length} articles, ${corpus.figures.length} figures, ${corpus.charts.length} charts → ${out}/`
);
