import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watch } from './watchConsole';

/**
 * Where the enhancement script (/_app/enhance.js: tooltips, the records switch, the downloads) is linked:
 * once, by the root layout, on the pages whose view-model says they show a chart or the downloads, and on
 * no other page; on the deck, which hydrates, it waits for hydration. Read from the built site (npm run
 * build) and in the browser.
 */
const charts = JSON.parse(readFileSync('data/charts.json', 'utf8')) as { id: string }[];
const chart = charts[0]?.id ?? '';
const links = (file: string) =>
  (readFileSync(`build/${file}.html`, 'utf8').match(/<script[^>]*src="[^"]*\/_app\/enhance\.js"/g) ?? [])
    .length;

test('the chart, figure, home, charts, deck and checks pages link it once; /figures, articles, data and embeds do not', () => {
  const figure = (JSON.parse(readFileSync('data/charts.json', 'utf8')) as { figures: string[] }[])[0]
    ?.figures[0];
  for (const lang of ['', 'en/']) {
    for (const page of [
      `${lang}charts/${chart}`,
      `${lang}figures/${figure}`,
      lang ? 'en' : 'index',
      `${lang}charts`,
      `${lang}present`,
      `${lang}checks`
    ])
      expect(links(page), page).toBe(1);
    for (const page of [`${lang}figures`, `${lang}articles`, `${lang}data`, `${lang}embed/${chart}`])
      expect(links(page), page).toBe(0);
  }
});

test('the deck hydrates whole, then the script swaps each mark’s <title> for the live tooltip', async ({
  page
}) => {
  const problems = watch(page);
  await page.goto('/en/present');
  // Hydrated: the deck's controls exist only once the app runs.
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeVisible();
  await expect(page.locator('figure.chart svg a.mark title')).toHaveCount(0);
  const mark = page.locator('section.slide:not([hidden]) figure.chart svg a.mark').first();
  await mark.focus();
  await expect(page.locator('section.slide:not([hidden])').getByTestId('chart-tooltip')).toBeVisible();
  // The script loaded once, and no re-render brought the titles back.
  expect(await page.locator('script[src$="/_app/enhance.js"]').count()).toBe(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('figure.chart svg a.mark title')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('/checks without JavaScript is the whole table; with it, the words and the verdict narrow it and the count follows', async ({
  browser
}) => {
  const total = (readFileSync('build/en/checks.html', 'utf8').match(/<tr data-verdict=/g) ?? []).length;
  expect(total).toBeGreaterThan(50);
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto('/en/checks');
  await expect(still.locator('tbody tr')).toHaveCount(total);
  await expect(still.locator('[data-shown]')).toHaveText(String(total));
  await off.close();

  const page = await browser.newPage();
  const problems = watch(page);
  await page.goto('/en/checks');
  expect(await page.content()).not.toContain('__sveltekit_');
  const rows = page.locator('tbody tr');
  await page.getByLabel('Filter').fill('ZAPPOS');
  await expect(rows).not.toHaveCount(total);
  const found = await rows.count();
  expect(found).toBeGreaterThan(0);
  for (const text of await rows.locator('td.figure').allTextContents()) expect(text).toMatch(/Zappos/i);
  await expect(page.locator('[data-shown]')).toHaveText(String(found));
  await page.getByLabel('Verdict').selectOption('differs');
  await expect(page.locator('tbody tr:not([data-verdict="differs"])')).toHaveCount(0);
  await expect(page.locator('[data-shown]')).toHaveText(String(await rows.count()));
  await page.getByLabel('Filter').fill('');
  await page.getByLabel('Verdict').selectOption('all');
  await expect(rows).toHaveCount(total);
  expect(problems).toEqual([]);
  await page.close();
});
