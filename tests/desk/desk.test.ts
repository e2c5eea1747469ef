import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { addFixture, EXPECTED, FIELDS, fixtureText, formValues } from './deskFlow';
import { startDesk } from './deskServer';

/**
 * The whole path through the desk on a fixture article (tests/fixtures, not a corpus article), on a temp copy
 * of data/: add, review with the keyboard taking the suggestions, chart, verdicts, save; then the project's
 * validate passes and a build of that data draws the new chart with every new mark linked to a figure page
 * whose quote sits at its exact offsets. Actions (key presses and clicks) are counted from the first
 * highlight to the saved rows.
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 900 } });
let desk: Awaited<ReturnType<typeof startDesk>>;
test.beforeAll(async () => {
  desk = await startDesk();
});
test.afterAll(() => desk?.stop());

/** Each step's screenshot: docs/screenshots when CITED_FIGURES_DESK_SHOTS names it (the README's), else test-results. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(process.env.CITED_FIGURES_DESK_SHOTS ?? 'test-results', `desk-${name}.png`) });
const read = (f: string) => readFileSync(join(desk.dir, f), 'utf8');

test('full path: ≤ 3 actions per accepted figure, validate passes, the build links every new mark to its quote', async ({
  page
}) => {
  const before = {
    figures: read('figures.csv'),
    records: read('records.csv'),
    articles: read('articles.csv'),
    charts: read('charts.json')
  };
  await addFixture(page, desk.url);
  await expect(page.locator('input[name="outlet"]')).toHaveValue('网易号');
  await expect(page.locator('input[name="published"]')).toHaveValue('2025-09-12');
  await expect(page.locator('input[name="url"]')).toHaveValue('');
  await expect(page.locator('#meta-url-from')).toContainText('原文未写明');
  await shot(page, '1-add');
  await expect(
    new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))
  ).resolves.toEqual([]);
  await page.getByRole('button', { name: '开始核对数字' }).click();

  let actions = 0;
  const key = async (k: string) => {
    actions++;
    await page.keyboard.press(k);
  };
  const right: boolean[] = [];
  const score = async (i: number) => {
    const got = await formValues(page);
    const want = EXPECTED[i] as Record<string, string>;
    for (const f of FIELDS) right.push(got[f] === want[f]);
  };
  await expect(page.locator('mark.current')).toHaveText('上半年');
  await expect(
    new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))
  ).resolves.toEqual([]);
  await key('j');
  await key('j');
  await key('j');
  await expect(page.locator('mark.current')).toHaveText('24.7%');
  await score(0);
  await shot(page, '2-review');
  await key('Enter');
  await key('j');
  await expect(page.locator('mark.current')).toHaveText('13.9%');
  await score(1);
  await key('Enter');
  await key('j');
  await expect(page.locator('mark.current')).toHaveText('11.2%');
  await score(2);
  await key('Enter');
  await expect(page.locator('mark.current')).toHaveText('9.6%');
  await score(3);
  await key('Enter');
  await expect(page.locator('mark.current')).toHaveText('7.8%');
  await score(4);
  await key('Enter');
  await expect(page.locator('mark.accepted')).toHaveCount(5);

  actions++;
  await page.getByRole('button', { name: '下一步：图表' }).click();
  await expect(page.locator('select[name="type"]')).toHaveValue('bar');
  await expect(page.locator('.preview svg')).toBeVisible();
  await expect(page.locator('.preview svg a')).toHaveCount(5);
  await shot(page, '3-chart');
  actions++;
  await page.getByRole('button', { name: '下一步：核查记录' }).click();
  await expect(page.locator('textarea[name="explanation-0"]')).toHaveValue(
    /What to search: IDC · 中国公有云IaaS市场份额 · 2025-H1/
  );
  await shot(page, '4-verdicts');
  actions++;
  await page.getByRole('button', { name: '下一步：保存' }).click();
  await expect(page.locator('li', { hasText: 'figures.csv' }).first()).toContainText('新增5行');
  actions++;
  await page.getByRole('button', { name: '校验并保存' }).click();
  await expect(page.locator('#saved')).toBeVisible();
  await shot(page, '5-save');
  await expect(
    new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))
  ).resolves.toEqual([]);

  const perFigure = actions / 5;
  const share = right.filter(Boolean).length / right.length;
  console.log(
    `desk: ${actions} actions for 5 figures (${perFigure.toFixed(1)} per figure); suggestions right ${right.filter(Boolean).length}/${right.length} (${Math.round(share * 100)}%)`
  );
  expect(perFigure).toBeLessThanOrEqual(3);

  // A save appends: every file keeps its earlier bytes, so a git diff shows only the new rows.
  expect(read('figures.csv').startsWith(before.figures)).toBe(true);
  expect(read('figures.csv').slice(before.figures.length).split('\n').filter(Boolean)).toHaveLength(5);
  expect(read('records.csv').slice(before.records.length).split('\n').filter(Boolean)).toHaveLength(5);
  expect(read('articles.csv').slice(before.articles.length).split('\n').filter(Boolean)).toHaveLength(1);
  const charts = JSON.parse(read('charts.json')) as { id: string; figures: string[] }[];
  expect(JSON.stringify(charts.slice(0, -1), null, 2)).toBe(
    JSON.stringify(JSON.parse(before.charts), null, 2)
  );
  const chart = charts[charts.length - 1] as { id: string; figures: string[] };

  execFileSync('npx', ['tsx', 'scripts/validate.ts', '--data', desk.dir], { stdio: 'pipe' });
  const out = join(desk.dir, '..', 'build');
  execFileSync('npx', ['vite', 'build'], {
    stdio: 'pipe',
    env: {
      ...process.env,
      CITED_FIGURES_DATA: desk.dir,
      CITED_FIGURES_OUT: out,
      CITED_FIGURES_KIT_DIR: join(desk.dir, '..', 'kit'),
      CITED_FIGURES_IMAGES: 'off'
    }
  });
  const rows = Papa.parse<Record<string, string>>(read('figures.csv'), {
    header: true,
    skipEmptyLines: true
  }).data;
  const raw = fixtureText();
  const page2 = page;
  await page2.goto(`file://${out}/charts/${chart.id}.html`);
  const hrefs = await page2
    .locator('svg a[href*="/figures/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const linked = new Set(hrefs.map((h) => h.split('/figures/')[1]?.replace(/[#?].*$/, '')));
  expect([...linked].sort()).toEqual([...chart.figures].sort());
  for (const id of chart.figures) {
    const row = rows.find((r) => r.id === id) as Record<string, string>;
    await page2.goto(`file://${out}/figures/${id}.html`);
    const [qs, qe] = [Number(row.quote_start), Number(row.quote_end)];
    await expect(page2.getByTestId('quote')).toHaveText(raw.slice(qs, qe));
    await expect(page2.locator('main')).toContainText(`${qs}–${qe}`);
  }
  // The desk is never part of the static site.
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toContain('/api/suggest');
  expect(existsSync(join(out, 'desk'))).toBe(false);
});
