import { writeFileSync } from 'node:fs';

/** What a build's images cost, in milliseconds of each thread's time, for `npm run bench`. */
export type ImageStats = {
  images: number;
  /** Images found in the render cache by their input: neither SVG made nor PNG drawn. */
  inputHits: number;
  /** SVGs made (the chart kit rendered by Svelte and styled), on the build's thread. */
  svgs: number;
  svgMs: number;
  /** PNGs drawn by resvg (on worker threads), and PNGs whose SVG was drawn before (from the cache). */
  drawn: number;
  drawHits: number;
  /** Subsetting the fonts for each drawing, on the build's thread. */
  fontMs: number;
  /** Drawing and encoding, on worker threads. */
  drawMs: number;
  /** Hashing, reading and writing the render cache, on the build's thread. */
  cacheMs: number;
};

export const imageStats: ImageStats = {
  images: 0,
  inputHits: 0,
  svgs: 0,
  svgMs: 0,
  drawn: 0,
  drawHits: 0,
  fontMs: 0,
  drawMs: 0,
  cacheMs: 0
};

/** Adds the time `f` takes to `imageStats[field]`. */
export function timed<T>(field: 'svgMs' | 'fontMs' | 'cacheMs', f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    imageStats[field] += performance.now() - t0;
  }
}

/**
 * One line that says what the images cost; also written as JSON to CITED_FIGURES_IMAGE_STATS when set (by
 * the bench).
 */
export function reportImageStats(
  seconds: number,
  env: Record<string, string | undefined> = process.env
): string {
  const s = imageStats;
  const per = (ms: number, n: number) => (n ? (ms / n).toFixed(1) : '0');
  const line =
    `  images: ${s.images} in ${seconds.toFixed(1)} s; ${s.inputHits} from the render cache, ${s.svgs} SVGs made` +
    ` (${per(s.svgMs, s.svgs)} ms each), ${s.drawn} PNGs drawn (fonts ${per(s.fontMs, s.drawn)} ms, resvg` +
    ` ${per(s.drawMs, s.drawn)} ms each), ${s.drawHits} drawings reused; cache ${s.cacheMs.toFixed(0)} ms in all`;
  if (env.CITED_FIGURES_IMAGE_STATS)
    writeFileSync(env.CITED_FIGURES_IMAGE_STATS, `${JSON.stringify({ ...s, seconds }, null, 1)}\n`);
  return line;
}
