import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/staticServer';
import type { CompactRows } from '../../src/lib/table/figureTable';

/**
 * The /figures table at the issue's scale, in Chromium. `npm run build:scale` (part of `npm run test:e2e`)
 * builds the site on a synthetic corpus of 25 articles (500 figures, 65 charts): more than the 100 rows a page carries,
 * so the table fetches the rest, as it does for a large corpus. The fetched rows are then multiplied to
 * 20,000, the number of figures the issue asks the table to stay responsive with. The corpus also has one
 * chart of every synthetic event (`synth --large-chart`, a few hundred figures): its page is cut into parts.
 */
const BUILD = 'bench-out/e2e/build';
const ROWS = 20_000;

let server: Server;
let origin = '';
test.beforeAll(async () => {
  if (!existsSync(`${BUILD}/en/figures.html`)) {
    throw new Error(`${BUILD} is missing: run \`npm run build:scale\` (npm run test:e2e does) first`);
  }
  server = await serveStatic(BUILD, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The synthetic build's rows, repeated with new ids and numbered subjects until there are `n`. */
async function manyRows(n: number): Promise<CompactRows> {
  const real = (await (await fetch(`${origin}/data/figure-rows/en.json`)).json()) as CompactRows;
  const rows = Array.from({ length: n }, (_, i): CompactRows['rows'][number] => {
    const [id, topic, subject, ...rest] = real.rows[i % real.rows.length] ?? real.rows[0]!;
    return [`${id}-x${i}`, topic, `${subject} #${i}`, ...rest];
  });
  return { articles: real.articles, rows };
}

test('without JavaScript, a large corpus’s /figures page carries 100 rows and says where the rest are', async () => {
  const html = await (await fetch(`${origin}/en/figures`)).text();
  expect(html.match(/<tr aria-rowindex="\d+"/g)).toHaveLength(101); // the header row and 100 data rows
  expect(html).toContain('data-testid="static-rows-note"');
  expect(html).toContain('href="/data/figures.csv"');
});

test('20,000 rows: the DOM keeps a window of them while filter, sort and scroll reach every row', async ({
  page
}) => {
  const payload = await manyRows(ROWS);
  await page.route(`${origin}/data/figure-rows/en.json`, (route) => route.fulfill({ json: payload }));
  await page.goto(`${origin}/en/figures`);
  const table = page.locator('table');
  const rows = page.locator('tbody tr[aria-rowindex]');
  await expect(table).toHaveAttribute('aria-rowcount', String(ROWS + 1));
  await expect(page.getByText(`Showing ${ROWS} of ${ROWS}`)).toBeVisible();
  const windowed = await rows.count();
  expect(windowed).toBeGreaterThan(10);
  expect(windowed).toBeLessThan(150);

  // Filtering searches all 20,000 rows, not just those in the DOM.
  await page.getByRole('searchbox').fill('#19999');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('#19999');
  await page.getByRole('searchbox').fill('');
  await expect(table).toHaveAttribute('aria-rowcount', String(ROWS + 1));

  // Sorting by value, descending: the first row holds the largest value of the whole set.
  const largest = payload.rows.reduce((a, b) => (b[5] > a[5] ? b : a));
  const value = page.getByRole('button', { name: 'Value' });
  await value.click();
  await value.click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Value/);
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.first().locator('td').nth(2)).toHaveText(largest[4]);

  // Scrolling to the end brings the last row into the DOM, and still only a window of rows.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator(`tbody tr[aria-rowindex="${ROWS + 1}"]`)).toBeAttached();
  expect(await rows.count()).toBeLessThan(150);
});

test('pages that list the whole corpus draw a bounded number of charts and list the rest', async () => {
  const get = async (p: string) => (await fetch(`${origin}${p}`)).text();
  const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
  // 25 articles make 5 copies of the 3 timelines, and one timeline of them all: the index draws 12 and
  // links the other 4.
  const charts = await get('/en/charts');
  const events = charts.slice(charts.indexOf('id="topic-events"'));
  expect(count(events, /<figure class="chart/g)).toBe(12);
  expect(events).toContain('4 more charts');
  expect(count(events, /<ul class="more[^"]*">/g)).toBe(1);
  // The deck shows at most 12 charts of a topic, and says how many there are.
  const defs = JSON.parse(readFileSync('bench-out/e2e/data/charts.json', 'utf8')) as { topic: string }[];
  const perTopic = new Map<string, number>();
  for (const c of defs) perTopic.set(c.topic, (perTopic.get(c.topic) ?? 0) + 1);
  const slides = [...perTopic.values()].reduce((sum, n) => sum + Math.min(n, 12), 0);
  expect(slides).toBeLessThan(defs.length);
  const deck = await get('/en/present');
  // A chart too tall for one slide continues on the next: count charts, not slides.
  const deckCharts = new Set(
    [...deck.matchAll(/<figure class="chart[^"]*" data-chart="([^"]+)"/g)].map((m) => m[1])
  );
  expect(deckCharts.size).toBe(slides);
  expect(count(deck, /<section id="\d+" class="slide/g)).toBeGreaterThanOrEqual(slides);
  expect(deck).toContain(`${slides} of ${defs.length}, at most 12 per topic`);
  // Home lists 12 articles and links to all 25.
  const home = await get('/en');
  expect(home).toContain('All articles (25)');
});

const LARGE = 'timeline-every-synthetic-event';

test('a chart too large for one page is cut into parts of at most 50 rows, each at its own address', async () => {
  const get = async (p: string) => {
    const r = await fetch(`${origin}${p}`);
    expect(r.status, p).toBe(200);
    return r.text();
  };
  const defs = JSON.parse(readFileSync('bench-out/e2e/data/charts.json', 'utf8')) as {
    id: string;
    figures: string[];
  }[];
  const large = defs.find((c) => c.id === LARGE);
  if (!large) throw new Error(`no chart ${LARGE}: build:scale runs synth with --large-chart`);
  const first = await get(`/en/charts/${LARGE}`);
  const [, count = '0', total = '0'] = /Part 1 of (\d+) \(rows 1–\d+ of (\d+)\)/.exec(first) ?? [];
  expect(Number(total)).toBe(large.figures.length);
  expect(Number(count)).toBeGreaterThanOrEqual(Math.ceil(large.figures.length / 50));
  const seen: string[] = [];
  for (let n = 1; n <= Number(count); n++) {
    const path = n === 1 ? `/en/charts/${LARGE}` : `/en/charts/${LARGE}/part-${n}`;
    const html = n === 1 ? first : await get(path);
    expect(html).toContain(`Part ${n} of ${count}`);
    // The part's data table: at most 50 rows, each linking to its figure page, and so does every mark.
    const table = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    const rows = table.match(/<tr\b/g) ?? [];
    expect(rows.length, path).toBeGreaterThan(0);
    expect(rows.length, path).toBeLessThanOrEqual(50);
    const graphic = html.slice(html.indexOf('class="graphic'), html.indexOf('<tbody'));
    const marks = [...graphic.matchAll(/href="\/en\/figures\/([^"]+)"/g)].map((m) => m[1] ?? '');
    seen.push(...new Set(marks));
    expect(new Set(marks).size, path).toBe(rows.length);
    // Previous and next parts are linked; the whole chart's CSV is offered on every part.
    if (n > 1)
      expect(html).toContain(
        `href="${n === 2 ? `/en/charts/${LARGE}` : `/en/charts/${LARGE}/part-${n - 1}`}" rel="prev"`
      );
    if (n < Number(count)) expect(html).toContain(`href="/en/charts/${LARGE}/part-${n + 1}" rel="next"`);
    expect(html).toContain(`href="/charts/${LARGE}.csv"`);
  }
  // Every figure of the chart is drawn on exactly one part, linked to its own page.
  expect(seen.sort()).toEqual([...large.figures].sort());
  expect((await fetch(`${origin}/en/charts/${LARGE}/part-${Number(count) + 1}`)).status).toBe(404);
  // The CSV is the whole chart, every figure of every part.
  const csv = await get(`/charts/${LARGE}.csv`);
  for (const id of large.figures) expect(csv).toContain(id);
  // The Chinese parts say where they are in Chinese.
  expect(await get(`/charts/${LARGE}/part-2`)).toContain(`第2部分，共${count}部分`);
});

test('no chart page or embed of the scale build, part or whole, weighs more than 600 kB of HTML', () => {
  const pages: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push({ path, bytes: statSync(path).size });
    }
  };
  for (const dir of [`${BUILD}/charts`, `${BUILD}/en/charts`, `${BUILD}/embed`, `${BUILD}/en/embed`])
    walk(dir);
  // The large chart's embed draws its first part and links to the others on the site.
  const embed = readFileSync(`${BUILD}/en/embed/${LARGE}.html`, 'utf8');
  expect(embed).toMatch(/Part 1 of \d+ \(rows 1–50 of \d+\)/);
  expect(embed).toContain(`href="/en/charts/${LARGE}/part-2" rel="next"`);
  expect(pages.some((p) => p.path.includes(`${LARGE}/part-2.html`))).toBe(true);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  expect(largest.bytes, largest.path).toBeLessThan(600_000);
});
