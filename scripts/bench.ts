/**
 * npm run bench [-- --only extract,transfer,embed,scale,table,lighthouse,pipeline,desk] [--sizes 10,100,1000] [--mb 64]
 *   [--table-n 1000] [--rows 10000,100000,1000000] [--extract-mb 100]
 * Prints the project's performance figures (no pass/fail: tests never assert timings) and writes them to
 * bench-out/bench.json. Sections: extraction throughput, page transfer sizes, validate/build time and
 * page size at growing synthetic corpus sizes, what the build-time chart images cost at those sizes (without
 * images, from an empty render cache, from the cache of the build before), the /figures table's response time in Chromium on a large
 * synthetic build, and Lighthouse scores of build/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadDatasetOrThrow } from '../src/lib/data/readDataset';
import { deskTimings } from './bench/deskTimings';
import { embedCompare } from './bench/embedCompare';
import { extractThroughput } from './bench/extractThroughput';
import { imageTimings } from './bench/imageTimings';
import { lighthouseScores } from './bench/lighthouseScores';
import { pipelineMemory } from './bench/pipelineMemory';
import { scaleTimings } from './bench/scaleTimings';
import { tableTimings } from './bench/tableTimings';
import { transferSize } from './bench/transferSizes';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const only = new Set(
  opt('--only', 'extract,transfer,embed,scale,images,table,lighthouse,pipeline,desk').split(',')
);
const log = (s: string) => console.log(s);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const d = loadDatasetOrThrow('data');
const firstChart = d.charts[0]?.id;

if (only.has('extract')) {
  log(`\n# Extraction throughput (recognizer, Chinese text, varied repeats of the five articles)`);
  results.extract = extractThroughput(d, Number(opt('--mb', '64')), log);
}

if (only.has('transfer')) {
  log(
    `\n# First-load transfer per page type, gzip bytes: the HTML and every JS and CSS it loads before any interaction (download code is loaded on first use, not counted; __data.json only on client navigation) — build/`
  );
  log(
    `  ${'page'.padEnd(50)} ${'html'.padStart(7)} ${'js'.padStart(7)} ${'css'.padStart(6)} ${'total'.padStart(8)} ${'budget'.padStart(7)}  ${'data'.padStart(6)}`
  );
  const figure = d.figures[0]?.id;
  const article = d.articles[0]?.id;
  // The budgets of issue 13: a chart, figure or article page ≤ 40 kB, home ≤ 60 kB.
  const types: { path: string; budget?: number }[] = [
    { path: '', budget: 60_000 },
    ...(firstChart ? [{ path: `/charts/${firstChart}`, budget: 40_000 }] : []),
    { path: `/figures/${figure}`, budget: 40_000 },
    { path: `/articles/${article}`, budget: 40_000 },
    { path: '/charts' },
    { path: '/figures' },
    { path: '/articles' },
    { path: '/checks' },
    { path: '/data' },
    { path: '/present' },
    ...(firstChart ? [{ path: `/embed/${firstChart}` }] : [])
  ];
  const rows = types.flatMap((t) =>
    ['', '/en'].map((prefix) => ({ ...transferSize('build', `${prefix}${t.path}` || '/'), budget: t.budget }))
  );
  for (const r of rows) {
    const budget = r.budget ? `${r.total <= r.budget ? '≤' : '>'}${r.budget / 1000}k` : '';
    log(
      `  ${r.page.padEnd(50)} ${String(r.html).padStart(7)} ${String(r.js).padStart(7)} ${String(r.css).padStart(6)} ${String(r.total).padStart(8)} ${budget.padStart(7)}  ${String(r.data).padStart(6)}`
    );
  }
  results.transfer = rows;
}

if (only.has('embed')) {
  log(
    `\n# Embed page cost, gzip bytes: our embed vs the same bar chart in vega-lite and Observable Plot (same run)`
  );
  const chart = d.charts.find((c) => c.type === 'bar');
  if (chart) {
    const ours = transferSize('build', `/en/embed/${chart.id}`);
    const shares = chart.figures.flatMap((id) => d.figures.filter((f) => f.id === id && f.unit === '%'));
    const rows = [
      {
        name: `Cited Figures /en/embed/${chart.id}`,
        html: ours.html,
        js: ours.js,
        css: ours.css,
        total: ours.total
      }
    ];
    rows.push(...(await embedCompare(shares, 'bench-out/compare')));
    for (const r of rows) {
      log(
        `  ${r.name.padEnd(52)} html ${String(r.html).padStart(6)}  js ${String(r.js).padStart(7)}  css ${String(r.css).padStart(5)}  total ${String(r.total).padStart(7)}`
      );
    }
    results.embed = rows;
  }
}

if (only.has('scale')) {
  const sizes = opt('--sizes', '10,100,1000').split(',').map(Number);
  log(`\n# Scale: synthetic corpora (npm run synth), validate and build on this machine`);
  const rows = scaleTimings(
    sizes,
    () => [
      `/figures/${d.figures[0]?.id}-s0-r0`,
      '/figures',
      ...(firstChart ? [`/charts/${firstChart}-g0`] : []),
      '/',
      '/charts',
      '/articles'
    ],
    log
  );
  log(
    `  ${'N'.padStart(5)} ${'figures'.padStart(8)} ${'charts'.padStart(7)} ${'validate s'.padStart(11)} ${'build s'.padStart(8)} ${'pages'.padStart(7)}  page transfer (gzip bytes)`
  );
  for (const r of rows) {
    const pages = r.pages.map((p) => `${p.page.replace(/-s0-r0$|-g0$/, '…')} ${p.total}`).join(', ');
    log(
      `  ${String(r.n).padStart(5)} ${String(r.figures).padStart(8)} ${String(r.charts).padStart(7)} ${r.validateS.toFixed(1).padStart(11)} ${r.buildS.toFixed(1).padStart(8)} ${String(r.htmlPages).padStart(7)}  ${pages}`
    );
  }
  results.scale = rows;
}

if (only.has('images')) {
  const sizes = opt('--image-sizes', '10,100,1000').split(',').map(Number);
  log(
    `\n# Chart images at build time: build without images, with an empty render cache (cold), and again (warm)`
  );
  const pairs = Number(opt('--pairs', '0'));
  results.images = imageTimings(sizes, Number(opt('--cold-max', '100')), log, pairs);
}

if (only.has('table')) {
  const n = Number(opt('--table-n', '1000'));
  log(
    `\n# /figures table at N=${n} articles, Chromium: input event → next frame with the result (median of 5)`
  );
  // Reuses the scale section's build of the same corpus when there is one.
  if (!existsSync(`bench-out/build-${n}/en/figures.html`)) scaleTimings([n], () => [], log);
  const r = await tableTimings(`bench-out/build-${n}`, 4181);
  log(
    `  ${r.figures} figures; rows JSON ${r.rowsJsonGzip} B gzip; ${r.htmlRows} rows in the HTML; all rows loaded in ${r.loadMs} ms`
  );
  log(`  rows in the DOM: ${r.domRowsTop} at the top, ${r.domRowsScrolled} scrolled halfway`);
  log(
    `  filter "${r.filter.query}" (${r.filter.matched} rows): median ${r.filter.medianMs.toFixed(1)} ms  [${r.filter.runsMs.map((x) => x.toFixed(1)).join(', ')}]`
  );
  log(
    `  sort by value (all rows):     median ${r.sort.medianMs.toFixed(1)} ms  [${r.sort.runsMs.map((x) => x.toFixed(1)).join(', ')}]`
  );
  results.table = { n, ...r };
}

if (only.has('lighthouse')) {
  log(`\n# Lighthouse 12 scores (default mobile profile, simulated throttling) — build/ on 127.0.0.1`);
  const chart = d.charts.find((c) => c.type === 'bar')?.id ?? firstChart;
  const pages = ['/en', `/en/charts/${chart}`, `/en/figures/${d.figures[0]?.id}`, `/en/embed/${chart}`];
  const rows = await lighthouseScores('build', 4182, pages);
  log(
    `  ${'page'.padEnd(52)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)}`
  );
  for (const r of rows) {
    log(
      `  ${r.page.padEnd(52)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(5)} ${String(r.seo).padStart(5)}`
    );
  }
  results.lighthouse = rows;
}

if (only.has('pipeline')) {
  log(`\n# Pipeline memory: validate at growing figure rows, extract on a large file of dense numerals`);
  const rows = opt('--rows', '10000,100000,1000000').split(',').map(Number);
  const mb = Number(opt('--extract-mb', '100'));
  mkdirSync('bench-out', { recursive: true });
  const file = `bench-out/dense-${mb}mb.txt`;
  if (!existsSync(file)) writeFileSync(file, denseNumerals(mb));
  results.pipeline = pipelineMemory(rows, file, log);
}

/** Text that is nearly all numbers (the worst case for the recognizer's output size), about `mb` MB of it. */
function denseNumerals(mb: number): string {
  const line =
    Array.from({ length: 50 }, (_, i) => `${(i * 7919) % 99999}万元、${i % 99}.${i % 10}%、`).join('') + '\n';
  return line.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(line)));
}

if (only.has('desk')) {
  log(
    `\n# Desk: review time to interactive and suggestion latency (20,000 figures, a 20,000-character article)`
  );
  results.desk = await deskTimings(Number(process.env.CITED_FIGURES_DESK_PORT ?? 4183), log);
}

mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/bench.json', `${JSON.stringify(results, null, 2)}\n`);
log(`\nbench: figures written to bench-out/bench.json`);
