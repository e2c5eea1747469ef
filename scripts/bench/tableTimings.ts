import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './staticServer';

export type TableTimings = {
  figures: number;
  rowsJsonGzip: number;
  htmlRows: number;
  loadMs: number;
  domRowsTop: number;
  domRowsScrolled: number;
  filter: { query: string; matched: number; runsMs: number[]; medianMs: number };
  sort: { runsMs: number[]; medianMs: number };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/**
 * The /figures table of a large synthetic build, in Chromium: how long from an input event (typing a query,
 * clicking a column header) until the table shows the result — performance.now() in the page around the event
 * plus the next animation frame. Also what is in the DOM (the table is virtualized) and what the rows cost.
 */
export async function tableTimings(buildDir: string, port: number, runs = 5): Promise<TableTimings> {
  const json = readFileSync(join(buildDir, 'data/figure-rows/en.json'));
  const figures = (JSON.parse(json.toString('utf8')) as { rows: unknown[] }).rows.length;
  const html = readFileSync(join(buildDir, 'en/figures.html'), 'utf8');
  const htmlRows = (html.match(/aria-rowindex="/g) ?? []).length - 1;
  const server = await serveStatic(buildDir, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/en/figures`);
    await page.waitForFunction(
      (n) => document.querySelector('table')?.getAttribute('aria-rowcount') === String(n + 1),
      figures,
      { timeout: 60_000 }
    );
    const loadMs = Date.now() - t0;
    const domRows = () => page.locator('tbody tr[aria-rowindex]').count();
    const domRowsTop = await domRows();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForTimeout(200);
    const domRowsScrolled = await domRows();
    await page.evaluate(() => window.scrollTo(0, 0));

    // In the page: dispatch the event, then wait for the frame after Svelte's update (rAF, then a task).
    const timeInput = (query: string) =>
      page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) throw new Error('no search box');
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const ms = performance.now() - start;
        return { ms, count: Number(document.querySelector('table')?.getAttribute('aria-rowcount')) - 1 };
      }, query);
    const timeSort = () =>
      page.evaluate(async () => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('th button')][2];
        if (!button) throw new Error('no sort button');
        const start = performance.now();
        button.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - start;
      });

    const query = 'paas';
    const filterRuns: number[] = [];
    let matched = 0;
    for (let i = 0; i < runs; i++) {
      const r = await timeInput(query);
      filterRuns.push(r.ms);
      matched = r.count;
      await timeInput('');
    }
    const sortRuns: number[] = [];
    for (let i = 0; i < runs; i++) sortRuns.push(await timeSort());
    return {
      figures,
      rowsJsonGzip: gzipSync(json, { level: 9 }).length,
      htmlRows,
      loadMs,
      domRowsTop,
      domRowsScrolled,
      filter: { query, matched, runsMs: filterRuns, medianMs: median(filterRuns) },
      sort: { runsMs: sortRuns, medianMs: median(sortRuns) }
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
