import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { chartsHydrated, inspectPage, type Finding } from './sweep/inspect';
import { embedFindings, hostPage, presentFindings } from './sweep/interact';
import {
  VARIANTS,
  heightFor,
  localPath,
  sweepPages,
  variantName,
  chartedFigures,
  type SweepPage,
  type Variant
} from './sweep/pages';

/**
 * The reader's sweep: every page type, in both languages, at 390 and 1280 px, light and dark, loaded once per
 * variant in Chromium on the built site. A page fails on what a reader would see: a console or page error
 * (a failed hydration included), sideways scrolling, text broken letter by letter, a chart mark of zero size
 * after hydration, NaN or Infinity in the SVG, a value cut by an ellipsis. Each finding is printed with its
 * measurement, so a failing run is also the list of defects. It also drives /present (→ must put a different
 * single slide on screen) and an embed framed by another origin whose frame gets narrower and wider.
 */

/** Data strings that contain "…" themselves (a quote may): a table cell or label showing one is not cut. */
function legitEllipses(): string[] {
  const files = ['figures.csv', 'articles.csv', 'records.csv', 'mentions.csv', 'charts.json'];
  const text = files.map((f) => readFileSync(`data/${f}`, 'utf8')).join('\n');
  return text.split(/[\n",]/).filter((s) => s.includes('…'));
}

const ELLIPSES = legitEllipses();
const pages = sweepPages();
let loads = 0;
let started = 0;

test.describe.configure({ mode: 'parallel' });

test.afterAll(() => {
  if (loads > 0)
    console.log(
      `sweep: ${loads} page loads in ${((Date.now() - started) / 1000).toFixed(1)} s (this worker)`
    );
});

/** Prints every finding and returns them all: no check is skipped on any page. */
function judge(url: string, variant: string, findings: Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const line = `${url} [${variant}] ${f.check}: ${f.detail}`;
    console.log(`sweep: ${line}`);
    problems.push(line);
  }
  return problems;
}

async function sweepVariants(page: Page, p: SweepPage, variants: readonly Variant[]): Promise<string[]> {
  const problems: string[] = [];
  let errors: Finding[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push({ check: 'console-error', detail: m.text().slice(0, 300) });
  });
  page.on('pageerror', (e) => errors.push({ check: 'page-error', detail: String(e).slice(0, 300) }));
  for (const v of variants) {
    if (started === 0) started = Date.now();
    errors = [];
    await page.setViewportSize({ width: v.width, height: heightFor(v.width) });
    await page.emulateMedia({ colorScheme: v.theme });
    const url = localPath(p.path, v.lang);
    await page.goto(url, { waitUntil: 'load' });
    loads++;
    const findings: Finding[] = [];
    if (p.kind !== 'embed') {
      // Embeds carry no application JavaScript; every other page must hydrate its charts.
      const hydrated = await page
        .waitForFunction(chartsHydrated, undefined, { timeout: 30_000, polling: 100 })
        .then(() => true)
        .catch(() => false);
      if (!hydrated)
        findings.push({
          check: 'not-hydrated',
          detail: 'chart marks kept their pre-hydration <title> for 30 s'
        });
    }
    // Let effects that re-lay out after hydration (width, theme) paint before measuring.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
    );
    findings.push(...errors, ...(await page.evaluate(inspectPage, ELLIPSES)));
    problems.push(...judge(url, variantName(v), findings));
  }
  return problems;
}

for (const p of pages)
  for (const lang of ['zh', 'en'] as const)
    test(`sweep ${localPath(p.path, lang)}`, async ({ page }) => {
      // Four loads; a 2-core machine shared with other jobs can take seconds per load.
      test.setTimeout(180_000);
      const problems = await sweepVariants(
        page,
        p,
        VARIANTS.filter((v) => v.lang === lang)
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });

// Every figure page hydrates its chart preview (a timeline's once failed on some pages only): one load each
// in two variants that differ in everything, every check applied.
const FIGURE_VARIANTS: Variant[] = [
  { lang: 'zh', width: 1280, theme: 'light' },
  { lang: 'en', width: 390, theme: 'dark' }
];
for (const id of chartedFigures())
  test(`sweep every figure page: /figures/${id}`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems = await sweepVariants(page, { path: `/figures/${id}`, kind: 'figure' }, FIGURE_VARIANTS);
    expect(problems, problems.join('\n')).toEqual([]);
  });

for (const lang of ['zh', 'en'] as const)
  test(`/present ${lang}: → puts a different single slide on screen`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const url = localPath('/present', lang);
    const problems = judge(url, `${lang} 1280 light`, await presentFindings(page, url));
    expect(problems, problems.join('\n')).toEqual([]);
  });

// Embeds of each kind of chart that once left blank space or cut labels: a dot-log, a timeline, bars.
const EMBEDS = [
  { id: 'money-amounts', lang: 'en' },
  { id: 'timeline-amazon-china', lang: 'zh' },
  { id: 'cloud-iaas-share-2024h2', lang: 'en' }
] as const;
for (const e of EMBEDS)
  test(`embed ${e.id} (${e.lang}): the host's frame height follows the chart, wider and narrower`, async ({
    page
  }) => {
    test.setTimeout(180_000);
    // A real second origin (Chromium will not let a faked public page frame a loopback address).
    const site = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
    const path = localPath(`/embed/${e.id}`, e.lang);
    const host = createServer((_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(site, path))
    );
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    try {
      const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
      const variant = `${e.lang} resize light`;
      const problems = judge(path, variant, await embedFindings(page, hostUrl));
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await new Promise<void>((r) => host.close(() => r()));
    }
  });
