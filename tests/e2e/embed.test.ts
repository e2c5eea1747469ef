import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/**
 * A real second origin: a tiny server on another loopback port serving a page that frames the embed.
 * (A page faked by request interception counts as public, and Chromium forbids public pages to frame
 * loopback addresses, so the host must really be served.)
 */
let host: Server;
let hostUrl = '';
test.beforeAll(async () => {
  // The site under test, wherever the config serves it.
  const site = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
  const page = `<!doctype html><html><body>
    <iframe id="f" src="${site}/en/embed/compute-gap" style="width:640px;border:0" height="100"></iframe>
    <script>window.heights=[];addEventListener('message',function(e){if(e.origin==='${site}'&&e.data&&e.data.type==='cited-figures:height'){window.heights.push(e.data);document.getElementById('f').style.height=e.data.height+'px'}})</script>
  </body></html>`;
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/deck.html`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('an embed works inside an iframe of another origin and reports its height', async ({ page }) => {
  await page.goto(hostUrl);
  const frame = page.frameLocator('#f');
  // The chart is laid out at several widths; the one for the frame's width is on show.
  await expect(frame.locator('figure.chart svg a:visible').first()).toBeVisible();
  await expect(frame.locator('.chart-source')).toContainText('Source:');
  type Heights = { heights: { chart: string; height: number }[] };
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Heights).heights.length))
    .toBeGreaterThan(0);
  const last = await page.evaluate(() => (window as unknown as Heights).heights.at(-1));
  expect(last?.chart).toBe('compute-gap');
  expect(last?.height).toBeGreaterThan(150);
  await expect.poll(async () => (await page.locator('#f').boundingBox())?.height).toBe(last?.height);
});

test('an embed has no site chrome, takes its language from the path and a pinned theme from ?theme=', async ({
  page
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/compute-gap?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('header nav')).toHaveCount(0);
  const bg = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()
  );
  expect(bg).toBe('#15171a');
  // Without the query the embed follows the reader's system.
  await page.goto('/embed/compute-gap');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('/present shows one chart per slide and moves with the arrow keys', async ({ page }) => {
  await page.goto('/en/present');
  const visible = page.locator('section.slide:not([hidden])');
  await expect(visible).toHaveCount(1);
  const first = await visible.locator('.chart-title').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
  await expect(visible.locator('.chart-title')).not.toHaveText(first ?? '');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#1$/);
  await expect(visible.locator('.chart-title')).toHaveText(first ?? '');
});
