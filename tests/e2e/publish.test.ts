import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Publishing. `npm run build:subpath` (part of `npm run test:e2e`) builds the site as a GitHub project page
 * would host it: under /cited-figures, with a public URL. Served there by a plain static server that knows
 * nothing of SvelteKit (and answers 404 outside the sub-path), every link from both home pages must lead
 * to a page or file, and every absolute link in the downloads must point into the same site.
 */
const BUILD = 'bench-out/e2e/subpath';
const BASE = '/cited-figures';
const PUBLIC = 'https://newsroom.example.org/cited-figures';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml'
};

// One crawl at a time on a 2-core machine: the browser test below must not wait behind it.
test.describe.configure({ mode: 'serial' });

let server: Server;
let origin = '';
test.beforeAll(async () => {
  if (!existsSync(`${BUILD}/index.html`)) {
    throw new Error(`${BUILD} is missing: run \`npm run build:subpath\` (npm run test:e2e does) first`);
  }
  const root = resolve(BUILD);
  // What a folder server does: /a is a, a.html or a/index.html, under the sub-path only.
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path === BASE ? '/' : path.startsWith(`${BASE}/`) ? path.slice(BASE.length) : null;
    const file =
      rel === null || rel.includes('..')
        ? undefined
        : [join(root, rel), `${join(root, rel)}.html`, join(root, rel, 'index.html')].find(
            (f) => existsSync(f) && statSync(f).isFile()
          );
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** The site's own address for a link on `page`, or null for a link elsewhere. */
function own(link: string, page: URL): URL | null {
  if (/^(mailto|data|javascript|blob):/i.test(link)) return null;
  const url = new URL(link.startsWith(PUBLIC) ? `${origin}${BASE}${link.slice(PUBLIC.length)}` : link, page);
  if (url.origin !== origin) return null;
  url.hash = '';
  return url;
}

test('built under a sub-path, every link from both home pages answers 200 there', async () => {
  test.setTimeout(180_000);
  const seen = new Set<string>();
  // The deck is linked from no page (it is opened by its address), so it is a starting point of its own.
  const queue = [
    `${origin}${BASE}/`,
    `${origin}${BASE}/en`,
    `${origin}${BASE}/present`,
    `${origin}${BASE}/en/present`
  ];
  const broken: string[] = [];
  let pages = 0;
  while (queue.length) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (href) => {
        const res = await fetch(href);
        if (res.status !== 200) return void broken.push(`${res.status} ${href}`);
        if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) return;
        pages++;
        // A snippet shown in a <textarea> is text to copy: only its frame's address is a link (to an embed).
        const raw = await res.text();
        const frames = [...raw.matchAll(/&lt;iframe src="([^"]*)"/g)].map((m) => m[1]!);
        const html = raw.replace(/<textarea[^>]*>[^<]*<\/textarea>/g, '');
        const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
        for (const link of [...links, ...frames]) {
          const url = own(link.replace(/&amp;/g, '&'), new URL(href));
          if (!url) continue;
          if (!url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE) {
            broken.push(`outside ${BASE}: ${link} on ${href}`);
            continue;
          }
          if (!seen.has(url.href)) {
            seen.add(url.href);
            queue.push(url.href);
          }
        }
      })
    );
  }
  expect(broken).toEqual([]);
  // Every kind of page was reached in both languages: the crawl really walked the site.
  for (const kind of ['charts/', 'figures/', 'articles/', 'embed/', 'checks', 'data']) {
    expect(
      [...seen].some((u) => u.includes(`${BASE}/${kind}`)),
      kind
    ).toBe(true);
    expect(
      [...seen].some((u) => u.includes(`${BASE}/en/${kind}`)),
      `en/${kind}`
    ).toBe(true);
  }
  expect(pages).toBeGreaterThan(100);
});

test('under a sub-path the downloads link to the public site, and the app navigates inside it', async ({
  page
}) => {
  test.setTimeout(90_000);
  const csv = await (await fetch(`${origin}${BASE}/data/figures.csv`)).text();
  const links = [...csv.matchAll(/https?:\/\/[^",\r\n]+/g)].map((m) => m[0]);
  const ours = links.filter((l) => l.startsWith('https://newsroom.example.org'));
  expect(ours.length).toBeGreaterThan(50);
  for (const l of ours.slice(0, 20)) {
    expect(l.startsWith(`${PUBLIC}/`)).toBe(true);
    expect((await fetch(own(l, new URL(origin))!)).status).toBe(200);
  }
  const chart = await (await fetch(`${origin}${BASE}/en/charts/compute-gap`)).text();
  expect(chart).toContain(`&lt;iframe src="${PUBLIC}/en/embed/compute-gap"`);

  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}${BASE}/en/figures`);
  // The table fetches its rows from under the sub-path; the app is hydrated once the network is quiet.
  await page.waitForLoadState('networkidle');
  await page
    .locator('header nav a')
    .filter({ hasText: /^Charts$/ })
    .click();
  await expect(page).toHaveURL(`${origin}${BASE}/en/charts`, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.locator('header a.lang').click();
  await expect(page).toHaveURL(`${origin}${BASE}/charts`, { timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('a build without a public URL carries no loopback address in any file', () => {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // An address, not a mention: the code that refuses loopback hosts names them in a pattern.
      else if (/\/\/(127\.0\.0\.1|localhost)\b/i.test(readFileSync(path, 'latin1'))) hits.push(path);
    }
  };
  walk('build');
  expect(hits).toEqual([]);
});
