import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * Where drawn PNGs are kept between builds, outside the build's output (node_modules/.cache is the
 * conventional home of tool caches, and git ignores it); CITED_FIGURES_IMAGE_CACHE names another folder, or
 * `off` draws every image afresh.
 */
export function imageCacheDir(env: Record<string, string | undefined> = process.env): string | null {
  const v = (env.CITED_FIGURES_IMAGE_CACHE ?? '').trim();
  if (v.toLowerCase() === 'off') return null;
  return v || join('node_modules', '.cache', 'cited-figures', 'images');
}

/**
 * The cache key of a drawing: the SVG handed to the renderer, the size, and what else decides the pixels
 * (`renderer`: the renderer's version and the fonts' fingerprint). Any change to one gives another key, so an
 * entry is never stale: it is only ever unused.
 */
export function imageKey(svg: string, width: number, height: number, renderer: string): string {
  return createHash('sha256').update(`${renderer}\n${width}x${height}\n`).update(svg).digest('hex');
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Whether bytes are a whole PNG of `width` × `height`: the signature, every chunk's length and CRC, the
 * header's size, and IEND last. A truncated file (a build killed mid-write on a system without atomic
 * rename) or a flipped bit fails one of these.
 */
export function isWholePng(png: Buffer, width: number, height: number): boolean {
  if (png.length < 8 + 25 + 12 || !png.subarray(0, 8).equals(SIGNATURE)) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= png.length) {
    const len = png.readUInt32BE(at);
    const end = at + 12 + len;
    if (end > png.length) return false;
    const type = png.toString('latin1', at + 4, at + 8);
    if (crc32(png.subarray(at + 4, at + 8 + len)) !== png.readUInt32BE(at + 8 + len)) return false;
    if (first) {
      if (type !== 'IHDR' || png.readUInt32BE(at + 8) !== width || png.readUInt32BE(at + 12) !== height)
        return false;
      first = false;
    }
    if (type === 'IEND') return end === png.length;
    at = end;
  }
  return false;
}

/** An entry's file: in a folder named by the key's first two characters, so no folder grows huge. */
export function entryPath(dir: string, name: string): string {
  return join(dir, name.slice(0, 2), name);
}

function readEntry(dir: string, name: string): Buffer | null {
  try {
    return readFileSync(entryPath(dir, name));
  } catch {
    return null;
  }
}

/**
 * Keeps an entry. Written under a name of its own and renamed into place, so two builds sharing the cache
 * never read each other's half-written file: a reader sees the old entry, none, or the whole new one. A
 * cache that cannot be written (a read-only folder) costs a redraw next time, never the build.
 */
function writeEntry(dir: string, name: string, bytes: Buffer | string): void {
  const path = entryPath(dir, name);
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(dir, name.slice(0, 2)), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable (a file where a folder should be): nothing was written to remove.
    }
  }
}

/** A damaged entry is removed, so the next build writes a good one. */
function drop(dir: string, name: string): null {
  rmSync(entryPath(dir, name), { force: true });
  return null;
}

/** A cached drawing, or null when there is none or it is not a whole PNG of the size (then it is removed). */
export function readCachedPng(dir: string, key: string, width: number, height: number): Buffer | null {
  const png = readEntry(dir, `${key}.png`);
  if (!png) return null;
  return isWholePng(png, width, height) ? png : drop(dir, `${key}.png`);
}

export function writeCachedPng(dir: string, key: string, png: Buffer): void {
  writeEntry(dir, `${key}.png`, png);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** An SVG file kept by the digest of its text; null when missing or when the text no longer matches it. */
export function readCachedSvg(dir: string, digest: string): string | null {
  const text = readEntry(dir, `${digest}.svg`)?.toString('utf8');
  if (text === undefined) return null;
  return sha256(text) === digest ? text : drop(dir, `${digest}.svg`);
}

/** Keeps an SVG file's text; returns its digest, the name it is kept under. */
export function writeCachedSvg(dir: string, text: string): string {
  const digest = sha256(text);
  writeEntry(dir, `${digest}.svg`, text);
  return digest;
}

/**
 * What an image's input key (renderInputs) led to last time: the key of its PNG drawing or the digest of
 * its SVG text. Null when unknown or unreadable (then removed).
 */
export function readInputRef(dir: string, inputKey: string): { ext: 'png' | 'svg'; key: string } | null {
  const ref = readEntry(dir, `${inputKey}.ref`)?.toString('latin1');
  if (ref === undefined) return null;
  const m = /^(png|svg) ([0-9a-f]{64})$/.exec(ref);
  return m ? { ext: m[1] as 'png' | 'svg', key: m[2] as string } : drop(dir, `${inputKey}.ref`);
}

export function writeInputRef(dir: string, inputKey: string, ext: 'png' | 'svg', key: string): void {
  writeEntry(dir, `${inputKey}.ref`, `${ext} ${key}`);
}

/**
 * The PNG of an SVG at a size: from the cache when it was drawn before with the same input and renderer,
 * otherwise drawn by `draw` and kept. `hit` says which, for the build's report.
 */
export async function cachedPng(
  dir: string | null,
  key: string,
  width: number,
  height: number,
  draw: () => Buffer | Promise<Buffer>
): Promise<{ png: Buffer; hit: boolean }> {
  const cached = dir ? readCachedPng(dir, key, width, height) : null;
  if (cached) return { png: cached, hit: true };
  const png = await draw();
  if (dir) writeCachedPng(dir, key, png);
  return { png, hit: false };
}
