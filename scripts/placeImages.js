// The build's chart and figure images are not prerendered pages (src/lib/pages/stageImages.ts says why):
// the server code stages them while pages prerender, and this moves them into the written site. Plain
// JavaScript because svelte.config.js (run by Node as is) calls it.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isImagePath } from '../src/lib/buildDirs.js';

/** Image addresses that pages link to, met by the prerender before the images were placed: path → referrer. */
const linked = new Map();

/**
 * For prerender.handleHttpError: a link to a chart or figure image is not an error yet (the images are placed
 * after the pages, by placeImages, which then checks every such link). True when deferred.
 * @param {{ status: number, path: string, referrer: string | null }} e
 */
export function deferImageLink({ status, path, referrer }) {
  if (status !== 404 || !isImagePath(path)) return false;
  if (!linked.has(path)) linked.set(path, referrer ?? '(an entry)');
  return true;
}

/** @param {string} dir */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Moves the staged images beside the prerendered pages (where `vite preview` serves them from) and links them
 * into the written site (build/): a rename and a hard link each, no bytes copied unless the site is on another
 * file system. Then checks the result: as many images as /data/images.json lists, and every image a page
 * links to now there. Throws a message naming what is missing; the build then fails.
 * `prerendered` is SvelteKit's folder of prerendered pages, beside the staging folder in its output folder.
 * @param {{ staging: string, prerendered?: string, out: string, base: string, log: (line: string) => void }} o
 */
export function placeImages({
  staging,
  prerendered = join(dirname(staging), 'prerendered', 'pages'),
  out,
  base,
  log
}) {
  const listingFile = join(out, 'data', 'images.json');
  if (!existsSync(listingFile)) throw new Error(`images: ${listingFile} was not written`);
  /** @type {{ images: { path: string }[] }} */
  const listing = JSON.parse(readFileSync(listingFile, 'utf8'));
  const dirs = new Set();
  /** @param {string} path */
  const folderOf = (path) => {
    const dir = dirname(path);
    if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
    dirs.add(dir);
    return path;
  };
  let moved = 0;
  for (const file of filesUnder(staging)) {
    const rel = relative(staging, file);
    const served = folderOf(join(prerendered, rel));
    const dest = folderOf(join(out, rel));
    renameSync(file, served);
    try {
      linkSync(served, dest);
    } catch {
      // The site on another file system than SvelteKit's folder: copy instead.
      copyFileSync(served, dest);
    }
    moved++;
  }
  rmSync(staging, { recursive: true, force: true });
  const problems = [];
  if (moved !== listing.images.length)
    problems.push(`${listing.images.length} images listed in data/images.json, but ${moved} were made`);
  for (const [path, referrer] of linked) {
    if (!existsSync(join(out, path.slice(base.length)))) problems.push(`${path} (linked from ${referrer})`);
  }
  linked.clear();
  if (problems.length) {
    const shown = problems.slice(0, 10).join('\n  ');
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
    throw new Error(`images: the build did not make what its pages link to:\n  ${shown}${more}`);
  }
  if (moved) log(`Placed ${moved} chart and figure images (listed in data/images.json)`);
}
