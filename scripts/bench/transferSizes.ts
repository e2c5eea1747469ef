import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Transfer = { page: string; html: number; js: number; css: number; data: number; total: number };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** The modules a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`), resolved. */
function staticImports(file: string, code: string): string[] {
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
  return found.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
}

/**
 * What a first visit to a prerendered page transfers, gzip-compressed: its HTML, every JS module it loads
 * before any interaction (the scripts and module preloads it links, the entry modules its inline bootstrap
 * imports, and what those import statically, followed to the end) and the CSS it links. Modules imported on
 * demand (`import()` in a module: the download code) are not counted. `total` is that first load; `data`
 * is the page's __data.json, fetched only when a hydrating page is reached by client-side navigation, so
 * it is shown apart and not in the total. Fonts are the system's, so none are counted.
 */
export function transferSize(buildDir: string, page: string): Transfer {
  const htmlPath = join(buildDir, page === '/' ? 'index.html' : `${page.replace(/^\//, '')}.html`);
  const html = readFileSync(htmlPath, 'utf8');
  const links = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  // import("./_app/...") in the inline bootstrap loads the entry modules too.
  links.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1] ?? ''));
  // Resolved as a browser does, against the page's address (`../_app/x.js` from /en is /_app/x.js); a base
  // path before /_app/ (a sub-path build) is not part of the build directory.
  const queue = links.map((link) => {
    const path = new URL(link, `http://site${page}`).pathname.replace(/^\/[^_]*(?=\/_app\/)/, '');
    return join(resolve(buildDir), decodeURIComponent(path));
  });
  const seen = new Set<string>();
  let js = 0;
  let css = 0;
  while (queue.length) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    if (file.endsWith('.css')) css += gz(bytes);
    else {
      js += gz(bytes);
      queue.push(...staticImports(file, bytes.toString('utf8')));
    }
  }
  const dataPath = join(buildDir, page === '/' ? '' : page.replace(/^\//, ''), '__data.json');
  // Only a page that starts the client app fetches its __data.json (on client-side navigation).
  const hydrates = html.includes('__sveltekit_');
  const data = hydrates && existsSync(dataPath) ? gz(readFileSync(dataPath)) : 0;
  const h = gz(html);
  return { page, html: h, js, css, data, total: h + js + css };
}
