import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Figure } from '../../src/lib/schema';

export type EmbedCost = { name: string; html: number; js: number; css: number; total: number };

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Every HTML, JS and CSS file a built page folder serves, gzip bytes by kind. */
function folderCost(name: string, dir: string): EmbedCost {
  const cost = { name, html: 0, js: 0, css: 0, total: 0 };
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.html')) cost.html += gz(readFileSync(p));
      else if (p.endsWith('.js')) cost.js += gz(readFileSync(p));
      else if (p.endsWith('.css')) cost.css += gz(readFileSync(p));
    }
  };
  walk(dir);
  cost.total = cost.html + cost.js + cost.css;
  return cost;
}

const PAGES: Record<string, (data: string) => string> = {
  'vega-lite + vega-embed': (data) => `
    import embed from 'vega-embed';
    const values = ${data};
    embed('#chart', {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'subject', type: 'nominal', sort: '-x', title: null },
        x: { field: 'value', type: 'quantitative', title: '%' }
      }
    }, { actions: false });`,
  'Observable Plot': (data) => `
    import * as Plot from '@observablehq/plot';
    const values = ${data};
    document.querySelector('#chart').append(
      Plot.plot({ marginLeft: 110, x: { label: '%' }, y: { label: null },
        marks: [Plot.barX(values, { x: 'value', y: 'subject', sort: { y: '-x' } }), Plot.ruleX([0])] }));`
};

/**
 * The same bar chart (IDC's 2024-H2 IaaS shares) as a standalone page built with vega-lite + vega-embed and
 * with Observable Plot, bundled and minified by Vite in this run, for comparison with our embed page. The
 * comparison pages draw only after their JavaScript runs; ours is server-rendered SVG.
 */
export async function embedCompare(figures: Figure[], outDir: string): Promise<EmbedCost[]> {
  const values = figures.map((f) => ({ subject: f.subject_en, value: f.value }));
  const data = JSON.stringify(values);
  const out: EmbedCost[] = [];
  for (const [name, script] of Object.entries(PAGES)) {
    const slug = name.replace(/[^a-z]+/gi, '-').toLowerCase();
    const src = join(outDir, 'src', slug);
    const dist = join(outDir, 'dist', slug);
    rmSync(src, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'main.js'), script(data));
    writeFileSync(
      join(src, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><div id="chart"></div><script type="module" src="./main.js"></script></body></html>`
    );
    await build({
      root: src,
      logLevel: 'error',
      configFile: false,
      build: { outDir: join(process.cwd(), dist), emptyOutDir: true }
    });
    out.push(folderCost(name, dist));
  }
  return out;
}
