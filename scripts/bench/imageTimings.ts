import { median as d3median } from 'd3-array';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What the build wrote about its images (src/lib/export/server/imageStats.ts). */
type Stats = {
  images: number;
  inputHits: number;
  svgs: number;
  drawn: number;
  drawHits: number;
  svgMs: number;
  fontMs: number;
  drawMs: number;
  cacheMs: number;
  seconds: number;
};

export type ImageBuild = {
  /** off: CITED_FIGURES_IMAGES=off; cold: an empty render cache; warm: the cache of the build before. */
  kind: 'off' | 'cold' | 'warm';
  buildS: number;
  /**
   * CPU seconds of the build (user + system, all threads), from /usr/bin/time where installed: on a machine
   * shared with other work, wall time swings with the load and this does much less.
   */
  cpuS: number | null;
  stats: Stats | null;
};

export type ImageRow = {
  n: number;
  charts: number;
  figures: number;
  builds: ImageBuild[];
  /** CPU growth of each warm build over the build without images run just before it, and their median. */
  warmGrowth?: { each: number[]; median: number };
};

function build(n: number, kind: ImageBuild['kind'], cache: string): ImageBuild {
  const statsFile = `bench-out/image-stats-${n}-${kind}.json`;
  rmSync(statsFile, { force: true });
  const timeFile = `bench-out/image-time-${n}-${kind}.txt`;
  const vite = join('node_modules', '.bin', 'vite');
  const timer = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = spawnSync(
    timer ? '/usr/bin/time' : vite,
    timer ? ['-o', timeFile, '-f', '%U %S', vite, 'build'] : ['build'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: {
        ...process.env,
        CITED_FIGURES_DATA: `bench-out/synth-${n}`,
        CITED_FIGURES_OUT: `bench-out/build-images-${n}`,
        CITED_FIGURES_KIT_DIR: `bench-out/kit-images-${n}`,
        CITED_FIGURES_IMAGES: kind === 'off' ? 'off' : 'on',
        CITED_FIGURES_IMAGE_CACHE: cache,
        CITED_FIGURES_IMAGE_STATS: statsFile
      }
    }
  );
  if (r.status !== 0) throw new Error(`build at N=${n} (${kind}) failed:\n${r.stderr.slice(-2000)}`);
  const buildS = (performance.now() - t0) / 1000;
  const [user, sys] = timer ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [];
  const cpuS = user !== undefined && sys !== undefined ? user + sys : null;
  const stats = existsSync(statsFile) ? (JSON.parse(readFileSync(statsFile, 'utf8')) as Stats) : null;
  return { kind, buildS, cpuS, stats };
}

/**
 * Build time at N synthetic articles without images, with images from an empty render cache (cold: every
 * image drawn) and again with the cache that build left (warm: nothing changed, nothing drawn), and what the
 * images cost per chart. A cold build is run up to `coldMax` articles only (at 1,000 it draws about 76,000
 * images: hours on two cores); above it, a warm build runs only when an earlier cold build left the cache
 * (bench-out/image-cache-N), and the cold cost is projected from the largest cold build measured.
 */
export function imageTimings(
  sizes: number[],
  coldMax: number,
  log: (s: string) => void,
  pairs = 0
): ImageRow[] {
  const tsx = join('node_modules', '.bin', 'tsx');
  let perImage: number | null = null;
  return sizes.map((n) => {
    const synth = spawnSync(
      tsx,
      ['scripts/synth.ts', '--articles', String(n), '--out', `bench-out/synth-${n}`],
      {
        encoding: 'utf8'
      }
    );
    const charts = Number(/(\d+) charts/.exec(synth.stdout)?.[1] ?? 0);
    const figures = Number(/(\d+) figures/.exec(synth.stdout)?.[1] ?? 0);
    const cache = `bench-out/image-cache-${n}`;
    const builds = [build(n, 'off', cache)];
    const off = builds[0]!;
    const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(0)}%`;
    const say = (b: ImageBuild) => {
      const s = b.stats;
      const cpu = b.cpuS === null ? '' : `, CPU ${b.cpuS.toFixed(1)} s`;
      const grow =
        b.kind === 'off'
          ? ''
          : ` (${pct(b.buildS, off.buildS)}${b.cpuS !== null && off.cpuS !== null ? `; CPU ${pct(b.cpuS, off.cpuS)}` : ''})`;
      // Thread time (build thread and workers) spent on images, per chart: its 14 files and its figures' previews.
      const ms = s ? s.svgMs + s.fontMs + s.drawMs + s.cacheMs : 0;
      const per = s && charts ? `${(ms / charts).toFixed(0)} ms of image work per chart` : '';
      const what = s
        ? `, ${s.images} images: ${s.inputHits} cached, ${s.svgs} SVGs made, ${s.drawn} PNGs drawn`
        : '';
      log(
        `  N=${n} ${b.kind.padEnd(4)} build ${b.buildS.toFixed(1)} s${cpu}${grow}${s ? `; ${per}${what}` : ''}`
      );
    };
    say(builds[0]!);
    if (n <= coldMax) {
      rmSync(cache, { recursive: true, force: true });
      const cold = build(n, 'cold', cache);
      builds.push(cold);
      say(cold);
      if (cold.stats?.images) perImage = (cold.buildS - off.buildS) / cold.stats.images;
    } else if (perImage !== null) {
      const images = charts * 14 + figures * 2;
      log(
        `  N=${n} cold not run (--cold-max ${coldMax}); about ${images} images, ~${((perImage * images) / 60).toFixed(0)} min at the added build time per image measured above`
      );
    }
    if (!existsSync(cache)) {
      log(`  N=${n} warm not run: no render cache from a cold build (bench-out/image-cache-${n})`);
      return { n, charts, figures, builds };
    }
    const warm = build(n, 'warm', cache);
    builds.push(warm);
    say(warm);
    // One build against another is noisy on a shared machine (builds without images varied by 9%): `--pairs K`
    // runs K more pairs back to back, each warm build compared with the build without images just before it.
    const growth = (w: ImageBuild, o: ImageBuild) =>
      w.cpuS !== null && o.cpuS !== null ? (w.cpuS - o.cpuS) / o.cpuS : null;
    const each = [growth(warm, off)];
    for (let k = 0; k < pairs; k++) {
      const o = build(n, 'off', cache);
      const w = build(n, 'warm', cache);
      builds.push(o, w);
      each.push(growth(w, o));
      log(
        `  N=${n} pair ${k + 1}: without images CPU ${o.cpuS?.toFixed(1)} s, warm CPU ${w.cpuS?.toFixed(1)} s (${pct(w.cpuS ?? 0, o.cpuS ?? 1)})`
      );
    }
    const known = each.filter((g): g is number => g !== null).sort((a, b) => a - b);
    const median = d3median(known);
    if (median === undefined) return { n, charts, figures, builds };
    if (pairs)
      log(`  N=${n} warm over no images, CPU, median of ${known.length}: ${(median * 100).toFixed(0)}%`);
    return { n, charts, figures, builds, warmGrowth: { each: known, median } };
  });
}
