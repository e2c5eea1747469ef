import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/staticServer';
import type { CompactRows } from '../../src/lib/table/figureTable';

/**
 * The /figures table at the scale, in Chromium. `npm run build:scale` (part of `npm run test:e2e`)
 * builds the site on a synthetic corpus of 25 articles (500 figures, 65 charts): more than the 100 rows a page carries,
 * so the table fetches the rest, as it does for a large corpus. The fetched rows are then multiplied to
 * 20,000, the number of figures the issue asks the table to stay responsive with.
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
  // 25 articles make 5 copies of the 3 timelines: the index draws 12 and links the other 3.
  const charts = await get('/en/charts');
  const events = charts.slice(charts.indexOf('id="topic-events"'));
  expect(count(events, /<figure class="chart/g)).toBe(12);
  expect(events).toContain('3 more charts');
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
