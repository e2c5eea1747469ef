import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferImageLink, placeImages } from '../../../scripts/placeImages.js';
import { imageStagingDir } from '../../../src/lib/buildDirs.js';

/**
 * After the adapter has written the site, the staged images move in, and every image a page linked to must
 * then be there: a link the build could not check while prerendering is checked here, or the build fails.
 */
function site(staged: string[], listed = staged.length) {
  const root = mkdtempSync(join(tmpdir(), 'cited-figures-place-'));
  const staging = join(root, 'staging');
  const out = join(root, 'build');
  const prerendered = join(root, 'kit', 'output', 'prerendered', 'pages');
  for (const path of staged) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), `image ${path}`);
  }
  mkdirSync(join(out, 'data'), { recursive: true });
  const images = Array.from({ length: listed }, (_, i) => ({ path: staged[i] ?? `/x${i}.png` }));
  writeFileSync(join(out, 'data', 'images.json'), JSON.stringify({ images }));
  return { staging, prerendered, out };
}

const lines: string[] = [];
const log = (line: string) => lines.push(line);

describe('placeImages', () => {
  it('puts every staged image at its path in the site and where vite preview serves it, and empties the staging folder', () => {
    const paths = ['/charts/a.png', '/en/charts/a-4x3.png', '/figures/f1.png', '/en/charts/a-dark.svg'];
    const { staging, prerendered, out } = site(paths);
    for (const p of paths) deferImageLink({ status: 404, path: p, referrer: '/charts/a' });
    placeImages({ staging, prerendered, out, base: '', log });
    for (const p of paths) {
      expect(readFileSync(join(out, p), 'utf8')).toBe(`image ${p}`);
      // One file in two places: a hard link, no bytes copied.
      expect(statSync(join(prerendered, p)).ino).toBe(statSync(join(out, p)).ino);
    }
    expect(existsSync(staging)).toBe(false);
    expect(lines.at(-1)).toMatch(/Placed 4 chart and figure images/);
  });

  it('by default serves them from the prerendered pages of the kit folder the staging folder is in', () => {
    const root = mkdtempSync(join(tmpdir(), 'cited-figures-place-'));
    const staging = imageStagingDir({ CITED_FIGURES_KIT_DIR: join(root, 'kit') });
    const out = join(root, 'build');
    mkdirSync(join(staging, 'charts'), { recursive: true });
    writeFileSync(join(staging, 'charts', 'a.png'), 'a');
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'data', 'images.json'), JSON.stringify({ images: [{ path: '/charts/a.png' }] }));
    placeImages({ staging, out, base: '', log });
    expect(readFileSync(join(root, 'kit', 'output', 'prerendered', 'pages', 'charts', 'a.png'), 'utf8')).toBe(
      'a'
    );
  });

  it('under a base path, a link names the path with the base', () => {
    const s = site(['/charts/a.png']);
    deferImageLink({ status: 404, path: '/cited-figures/charts/a.png', referrer: '/cited-figures/charts/a' });
    expect(() => placeImages({ ...s, base: '/cited-figures', log })).not.toThrow();
  });

  it('fails, naming the image and the page, when a page links to an image the build did not make', () => {
    const s = site(['/charts/a.png']);
    deferImageLink({ status: 404, path: '/en/charts/b-4x3.png', referrer: '/en/charts/b' });
    expect(() => placeImages({ ...s, base: '', log })).toThrow(
      /did not make what its pages link to:\n {2}\/en\/charts\/b-4x3\.png \(linked from \/en\/charts\/b\)/
    );
    // A failed build's links are not carried into the next one.
    const next = site(['/charts/a.png']);
    expect(() => placeImages({ ...next, base: '', log })).not.toThrow();
  });

  it('fails when fewer images were made than the listing names', () => {
    const s = site(['/charts/a.png'], 3);
    expect(() => placeImages({ ...s, base: '', log })).toThrow(
      /3 images listed in data\/images\.json, but 1 were made/
    );
  });

  it('fails with a message when the listing was not written', () => {
    const root = mkdtempSync(join(tmpdir(), 'cited-figures-place-'));
    const dirs = { staging: join(root, 's'), prerendered: join(root, 'p'), out: join(root, 'b') };
    expect(() => placeImages({ ...dirs, base: '', log })).toThrow(/data\/images\.json was not written/);
  });

  it.each([
    [404, '/charts/a.png', true],
    [404, '/en/figures/f1.png', true],
    [404, '/charts/a', false],
    [404, '/figures/f1.svg', false],
    [404, '/articles/x.png', false],
    [500, '/charts/a.png', false]
  ])('deferImageLink(%i, %s) is %s', (status, path, deferred) => {
    expect(deferImageLink({ status, path, referrer: null })).toBe(deferred);
  });
});
