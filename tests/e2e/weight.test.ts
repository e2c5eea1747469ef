import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { transferSize } from '../../scripts/bench/transferSizes';

/**
 * What each page ships: a chart is complete as prerendered SVG, so the pages that show charts, figures and
 * articles start no client-side app; a small module adds the tooltips, the records switch and the
 * downloads, and the download code comes on first use. Read from the built site (npm run build).
 */
const charts = JSON.parse(readFileSync('data/charts.json', 'utf8')) as { id: string; type: string }[];
const figure =
  readdirSync('build/figures')
    .find((f) => f.endsWith('.html'))
    ?.slice(0, -5) ?? '';
const article =
  readdirSync('build/articles')
    .find((f) => f.endsWith('.html'))
    ?.slice(0, -5) ?? '';
const chart = charts[0]?.id ?? '';

const BUDGETS: [string, number][] = [
  ['/', 60_000],
  [`/charts/${chart}`, 40_000],
  [`/figures/${figure}`, 40_000],
  [`/articles/${article}`, 40_000]
];

test('chart, figure, article and home pages start no client app and stay within their first-load budget', () => {
  for (const lang of ['', '/en']) {
    for (const [path, budget] of BUDGETS) {
      const page = `${lang}${path}` === '/en/' ? '/en' : `${lang}${path}`;
      const html = readFileSync(`build${page === '/' ? '/index' : page}.html`, 'utf8');
      expect(html, `${page} hydrates`).not.toContain('__sveltekit_');
      const t = transferSize('build', page);
      // The enhancement module and what it imports statically: a few kB, not the app (~75 kB before).
      expect(t.js, `${page}: ${t.js} B of JS`).toBeLessThanOrEqual(8_000);
      expect(t.total, `${page}: ${t.total} B in all`).toBeLessThanOrEqual(budget);
    }
  }
  // Every chart page, in both languages, is within its budget (the largest chart decides).
  for (const c of charts)
    for (const lang of ['', '/en'])
      expect(transferSize('build', `${lang}/charts/${c.id}`).total).toBeLessThanOrEqual(40_000);
});

/** The JS files a page has fetched so far, with their sizes. */
/**
 * The JavaScript a page fetches, by path, with its size. `total()` waits for the bodies still being read: a
 * sum taken as soon as the download starts missed pptxgenjs's body now and then (83 kB counted, not 100+).
 */
function scripts(page: Page): { total: () => Promise<number> } {
  const seen = new Map<string, number>();
  const reading: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    const path = new URL(r.url()).pathname;
    reading.push(
      r
        .body()
        .catch(() => Buffer.alloc(0))
        .then((b) => void seen.set(path, b.length))
    );
  });
  return {
    total: async () => {
      await Promise.all(reading);
      return [...seen.values()].reduce((a, b) => a + b, 0);
    }
  };
}

test('a figure page, not hydrated, still shows its tooltip on hover and on focus; Escape hides it', async ({
  page
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  await page.goto('/en/figures/idc-paas-share-2024h2-aws');
  expect(await page.content()).not.toContain('__sveltekit_');
  await expect(page.locator('figure.chart svg a.mark title')).toHaveCount(0);
  const mark = page.locator('figure.chart svg a.mark.hi:visible');
  const tip = page.getByTestId('chart-tooltip');
  await mark.locator('text.label').hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('AWS排名第四,市场份额9.2%');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await mark.focus();
  await expect(tip).toBeVisible();
  await expect(mark).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? 'none');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  expect(problems).toEqual([]);
});

test('a chart page loads the download code on first use, not with the page', async ({ page }) => {
  const js = scripts(page);
  await page.goto(`/en/charts/${charts.find((c) => c.type === 'bar')?.id}`);
  await page.waitForLoadState('networkidle');
  const atLoad = await js.total();
  expect(atLoad).toBeLessThan(15_000);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('#downloads')
      .getByRole('button', { name: /PowerPoint/ })
      .click()
  ]);
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  // pptxgenjs, the chart kit and Svelte came with the click.
  await page.waitForLoadState('networkidle');
  expect((await js.total()) - atLoad).toBeGreaterThan(100_000);
});

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('each chart shows one drawing, its type readable; hidden widths are out of reach', async ({
      page
    }) => {
      for (const path of [
        '/',
        `/en/charts/${chart}`,
        '/en/charts/timeline-amazon-china',
        `/figures/${figure}`
      ]) {
        await page.goto(path);
        for (const fig of await page.locator('figure.chart').all()) {
          const shown = await fig.locator('.graphic svg[role="group"]').evaluateAll((svgs) =>
            svgs
              .filter((s) => s.checkVisibility())
              .map((s) => {
                const scale = s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width;
                const sizes = [...s.querySelectorAll('text')].map(
                  (t) => parseFloat(getComputedStyle(t).fontSize) * scale
                );
                return Math.min(...sizes);
              })
          );
          expect(shown.length, `${path}: one drawing per chart`).toBe(1);
          expect(shown[0], `${path}: smallest text in px`).toBeGreaterThanOrEqual(9);
        }
        // A mark of a hidden width never takes focus.
        const hidden = page.locator('figure.chart .at:not(:visible) a.mark').first();
        if (await hidden.count()) {
          await hidden.focus();
          expect(await hidden.evaluate((el) => el === document.activeElement)).toBe(false);
        }
      }
    });
  });
}

test('the records switch works without hydration and hides the open tooltip', async ({ page }) => {
  await page.goto('/charts/money-amounts');
  const figure = page.locator('figure[data-chart="money-amounts"]');
  const button = figure.locator('.record-switch button');
  await expect(button).toBeEnabled();
  const mark = figure.locator('svg a[data-figure="amazon-zappos-price-aws"]:visible');
  await mark.focus();
  await expect(figure.getByTestId('chart-tooltip')).toBeVisible();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByTestId('chart-tooltip')).toBeHidden();
  await expect(figure.locator('.record-switch [role="status"]')).not.toBeEmpty();
  await expect(figure.locator('[data-model="records"]')).toBeVisible();
  await expect(figure.locator('[data-model="articles"]')).toBeHidden();
});
