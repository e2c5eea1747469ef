import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transferSize, type Transfer } from './transferSizes';

export type ScaleRow = {
  n: number;
  figures: number;
  charts: number;
  validateS: number;
  buildS: number;
  /** HTML files the build wrote (every page in both languages). */
  htmlPages: number;
  pages: Transfer[];
};

/** How many .html files a folder holds, at any depth. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

function timed(
  cmd: string,
  args: string[],
  env: Record<string, string> = {}
): { seconds: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - t0) / 1000, out: r.stdout };
}

/**
 * Validate and build time on synthetic corpora of N articles, and what a figure page, a chart page and the
 * /figures table transfer at each size (a figure page should not grow with the corpus).
 */
export function scaleTimings(
  sizes: number[],
  samplePages: (n: number) => string[],
  log: (s: string) => void
): ScaleRow[] {
  const tsx = join('node_modules', '.bin', 'tsx');
  return sizes.map((n) => {
    const dir = `bench-out/synth-${n}`;
    const out = `bench-out/build-${n}`;
    const synth = timed(tsx, ['scripts/synth.ts', '--articles', String(n), '--out', dir]);
    const figures = Number(/(\d+) figures/.exec(synth.out)?.[1] ?? 0);
    const charts = Number(/(\d+) charts/.exec(synth.out)?.[1] ?? 0);
    const validate = timed(tsx, ['scripts/validate.ts', '--data', dir]);
    log(`  N=${n}: ${figures} figures; validate ${validate.seconds.toFixed(1)} s; building…`);
    const build = timed(join('node_modules', '.bin', 'vite'), ['build'], {
      CITED_FIGURES_DATA: dir,
      CITED_FIGURES_OUT: out,
      // Its own SvelteKit working dir, so a bench build never clobbers the one `vite preview` serves.
      CITED_FIGURES_KIT_DIR: `bench-out/kit-${n}`,
      // Pages only: the images' cost at each size is the images section's (imageTimings).
      CITED_FIGURES_IMAGES: 'off'
    });
    const pages = samplePages(n).map((p) => transferSize(out, p));
    const htmlPages = countHtml(out);
    log(`  N=${n}: build ${build.seconds.toFixed(1)} s, ${htmlPages} HTML pages`);
    return { n, figures, charts, validateS: validate.seconds, buildS: build.seconds, htmlPages, pages };
  });
}
