import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Transfer = { page: string; html: number; js: number; css: number; data: number; total: number };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/**
 * What a first visit to a prerendered page transfers, gzip-compressed: its HTML, the JS modules and CSS it
 * links, and its __data.json (fetched on client navigation). Fonts are the system's, so none are counted.
 */
export function transferSize(buildDir: string, page: string): Transfer {
  const htmlPath = join(buildDir, page === '/' ? 'index.html' : `${page.replace(/^\//, '')}.html`);
  const html = readFileSync(htmlPath, 'utf8');
  const links = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  // import("./_app/...") in the inline bootstrap loads the entry modules too.
  links.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1] ?? ''));
  const seen = new Set<string>();
  let js = 0;
  let css = 0;
  for (const link of links) {
    const file = link.startsWith('/') ? join(buildDir, link) : resolve(dirname(htmlPath), link);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.css')) css += gz(readFileSync(file));
    else js += gz(readFileSync(file));
  }
  const dataPath = join(buildDir, page === '/' ? '' : page.replace(/^\//, ''), '__data.json');
  // Only a page that starts the client app fetches its __data.json (on client-side navigation).
  const hydrates = html.includes('__sveltekit_');
  const data = hydrates && existsSync(dataPath) ? gz(readFileSync(dataPath)) : 0;
  const h = gz(html);
  return { page, html: h, js, css, data, total: h + js + css + data };
}
