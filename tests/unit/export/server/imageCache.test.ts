import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  cachedPng,
  imageCacheDir,
  imageKey,
  isWholePng,
  readCachedPng,
  readCachedSvg,
  readInputRef,
  writeCachedPng,
  writeCachedSvg,
  writeInputRef
} from '../../../../src/lib/export/server/imageCache';

const fresh = () => mkdtempSync(join(tmpdir(), 'cited-figures-cache-'));
/** A real PNG of 8 × 6 pixels in a colour: small, valid, and different per colour. */
const png = (fill: string) =>
  new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><rect width="8" height="6" fill="${fill}"/></svg>`
  )
    .render()
    .asPng();
const entry = (dir: string, name: string) => join(dir, name.slice(0, 2), name);

/** A `draw` that counts its calls. */
function counted(bytes: Buffer) {
  const calls = { n: 0 };
  return { calls, draw: () => (calls.n++, bytes) };
}

describe('the render cache', () => {
  it('lives outside the build output unless told otherwise, and `off` turns it off', () => {
    expect(imageCacheDir({})).toBe(join('node_modules', '.cache', 'cited-figures', 'images'));
    expect(imageCacheDir({ CITED_FIGURES_IMAGE_CACHE: ' /tmp/x ' })).toBe('/tmp/x');
    expect(imageCacheDir({ CITED_FIGURES_IMAGE_CACHE: 'OFF' })).toBeNull();
  });

  it('a hit: the second request for the same key is served from the cache, the same bytes, without drawing', async () => {
    const dir = fresh();
    const key = imageKey('<svg/>', 8, 6, 'r1');
    const { calls, draw } = counted(png('#123456'));
    const one = await cachedPng(dir, key, 8, 6, draw);
    const two = await cachedPng(dir, key, 8, 6, draw);
    expect([one.hit, two.hit, calls.n]).toEqual([false, true, 1]);
    expect(two.png.equals(one.png)).toBe(true);
  });

  it('a miss on any change of the input: the SVG, the size or the renderer gives another key', async () => {
    const base = imageKey('<svg a="1"/>', 8, 6, 'resvg 2.6.2; fonts aa');
    const changed = [
      imageKey('<svg a="2"/>', 8, 6, 'resvg 2.6.2; fonts aa'),
      imageKey('<svg a="1"/>', 6, 8, 'resvg 2.6.2; fonts aa'),
      imageKey('<svg a="1"/>', 8, 6, 'resvg 2.6.3; fonts aa'),
      imageKey('<svg a="1"/>', 8, 6, 'resvg 2.6.2; fonts ab')
    ];
    expect(new Set([base, ...changed]).size).toBe(5);
    const dir = fresh();
    const { calls, draw } = counted(png('#abcdef'));
    await cachedPng(dir, base, 8, 6, draw);
    const other = await cachedPng(dir, changed[0]!, 8, 6, draw);
    expect(other.hit).toBe(false);
    expect(calls.n).toBe(2);
  });

  it('a corrupt entry (truncated, a flipped bit, another size) is dropped and drawn again', async () => {
    const good = png('#00ff00');
    expect(isWholePng(good, 8, 6)).toBe(true);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 20]! ^= 0xff;
    const damaged = [
      good.subarray(0, good.length - 5),
      flipped,
      png('#00ff00').subarray(0, 40),
      Buffer.from('')
    ];
    for (const bad of damaged) {
      const dir = fresh();
      const key = imageKey(`<svg>${bad.length}</svg>`, 8, 6, 'r');
      writeCachedPng(dir, key, bad);
      expect(readCachedPng(dir, key, 8, 6)).toBeNull();
      expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([]);
      const { calls, draw } = counted(good);
      const again = await cachedPng(dir, key, 8, 6, draw);
      expect([again.hit, calls.n]).toEqual([false, 1]);
      expect(readFileSync(entry(dir, `${key}.png`)).equals(good)).toBe(true);
    }
    // A whole PNG of another size is no hit either.
    expect(isWholePng(good, 6, 8)).toBe(false);
  });

  it('an input ref or an SVG whose text no longer matches its digest is dropped, never served', () => {
    const dir = fresh();
    const digest = writeCachedSvg(dir, '<svg>ok</svg>');
    expect(readCachedSvg(dir, digest)).toBe('<svg>ok</svg>');
    writeFileSync(entry(dir, `${digest}.svg`), '<svg>o');
    expect(readCachedSvg(dir, digest)).toBeNull();
    const input = 'f'.repeat(64);
    writeInputRef(dir, input, 'png', 'a'.repeat(64));
    expect(readInputRef(dir, input)).toEqual({ ext: 'png', key: 'a'.repeat(64) });
    writeFileSync(entry(dir, `${input}.ref`), 'png aaaa');
    expect(readInputRef(dir, input)).toBeNull();
    expect(readInputRef(dir, input)).toBeNull();
  });

  it('builds writing the same entries at once: a reader only ever sees a whole PNG or none, and no temp files stay', async () => {
    const dir = fresh();
    const key = imageKey('<svg>shared</svg>', 8, 6, 'r');
    // Four processes each write the entry 300 times, alternating two different PNGs of the same size.
    const script = `
      import { Resvg } from '@resvg/resvg-js';
      import { writeCachedPng } from './src/lib/export/server/imageCache.ts';
      const p = (f) => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><rect width="8" height="6" fill="' + f + '"/></svg>').render().asPng();
      const a = p('#ff0000'), b = p('#0000ff');
      for (let i = 0; i < 300; i++) writeCachedPng(process.argv[1], process.argv[2], i % 2 ? a : b);`;
    const writers = Array.from(
      { length: 4 },
      () =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir, key], {
            stdio: 'inherit'
          }).on('exit', resolve)
        )
    );
    let reads = 0;
    let done = false;
    void Promise.all(writers).then(() => (done = true));
    while (!done) {
      let bytes: Buffer | null = null;
      try {
        bytes = readFileSync(entry(dir, `${key}.png`));
      } catch {
        // Not written yet.
      }
      if (bytes) {
        expect(isWholePng(bytes, 8, 6)).toBe(true);
        reads++;
      }
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(writers)).toEqual([0, 0, 0, 0]);
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([`${key}.png`]);
  }, 60_000);
});
