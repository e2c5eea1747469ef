import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFixture, formValues } from './deskFlow';
import { startDesk } from './deskServer';

/**
 * Bad input through the desk: each save is refused with a message at the field it concerns, and not a byte
 * of data/ (a temp copy) changes. Also: the same bytes twice open the article already in the dataset.
 */
test.describe.configure({ mode: 'serial' });
let desk: Awaited<ReturnType<typeof startDesk>>;
test.beforeAll(async () => {
  desk = await startDesk();
});
test.afterAll(() => desk?.stop());

const FILES = ['articles.csv', 'figures.csv', 'records.csv', 'charts.json'];
const snapshot = () => FILES.map((f) => readFileSync(join(desk.dir, f), 'utf8')).join('\u0000');

/** Adds the fixture and moves to its first share (24.7%), suggestions loaded. */
async function toFirstShare(page: Page): Promise<void> {
  await addFixture(page, desk.url);
  await page.getByRole('button', { name: '开始核对数字' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await expect(page.locator('mark.current')).toHaveText('24.7%');
  await formValues(page);
}

/** Chart step (the preview made), then save; returns the save's error list. */
async function chartThenSave(page: Page) {
  await page.getByRole('button', { name: '3. 图表' }).click();
  await expect(page.locator('input[name="chart-title_zh"]')).not.toHaveValue('');
  await page.getByRole('button', { name: '5. 保存' }).click();
  await page.getByRole('button', { name: '校验并保存' }).click();
  await expect(page.locator('#save-errors')).toBeVisible();
  await expect(page.locator('#saved')).toHaveCount(0);
  return page.locator('#save-errors li');
}

test('a figure without a subject: the message is at its subject field, nothing written', async ({ page }) => {
  const before = snapshot();
  await toFirstShare(page);
  await page.locator('#f-subject_zh').fill('');
  await page.getByRole('button', { name: '采用（Enter）' }).click();
  const errors = await chartThenSave(page);
  await expect(errors.filter({ has: page.locator('button', { hasText: '主体（中文）' }) })).toContainText(
    'expected who or what the figure is about'
  );
  await errors.locator('button', { hasText: '主体（中文）' }).click();
  await expect(page.locator('mark.current')).toHaveText('24.7%');
  await expect(page.locator('#e-subject_zh')).toContainText('expected who or what the figure is about');
  await expect(page.locator('#f-subject_zh')).toHaveAttribute('aria-invalid', 'true');
  expect(snapshot()).toBe(before);
});

test('a quote shrunk past its number: the message is at the quote, nothing written', async ({ page }) => {
  const before = snapshot();
  await toFirstShare(page);
  await expect(page.locator('#f-quote')).toHaveText('阿里巴巴以24.7%的份额位居第一');
  for (let i = 0; i < 5; i++) await page.keyboard.press('}');
  await expect(page.locator('#f-quote')).toHaveText('阿里巴巴以24.7');
  await page.keyboard.press('Enter');
  const errors = await chartThenSave(page);
  await expect(errors.filter({ has: page.locator('button', { hasText: '引文' }) }).first()).toContainText(
    'the quote must contain its number “24.7%”'
  );
  await page.getByRole('button', { name: '2. 核对数字' }).click();
  await page.locator('.mentions button', { hasText: /^24\.7% ·/ }).click();
  await expect(page.locator('#e-quote')).toContainText('the quote must contain its number “24.7%”');
  expect(snapshot()).toBe(before);
});

test('a chart mixing a share and a duration: the message is at the chart, nothing written', async ({
  page
}) => {
  const before = snapshot();
  await toFirstShare(page);
  await page.keyboard.press('Enter');
  await page.locator('.mentions button', { hasText: /^两年 ·/ }).click();
  await expect(page.locator('mark.current')).toHaveText('两年');
  // A test value, in a temp copy of data/ only: the curator's own words for this mention.
  const fill = {
    subject_zh: '运营商云',
    subject_en: 'Carrier clouds',
    metric_zh: '较快增长的年数',
    metric_en: 'Years of fast growth',
    attributed_to: 'unattributed'
  };
  for (const [k, v] of Object.entries(fill)) await page.locator(`#f-${k}`).fill(v);
  await page.locator('select[name="topic"]').selectOption('cloud-market');
  await page.getByRole('button', { name: '采用（Enter）' }).click();
  await page.getByRole('button', { name: '3. 图表' }).click();
  await page.locator('select[name="type"]').selectOption('bar');
  const errors = await chartThenSave(page);
  await expect(errors.filter({ has: page.locator('button', { hasText: '图表' }) }).first()).toContainText(
    'incompatible units'
  );
  await errors.locator('button', { hasText: '图表' }).first().click();
  await expect(page.locator('#chart-errors')).toContainText('incompatible units');
  expect(snapshot()).toBe(before);
});

test('a CLI ingest holding the data lock: the save names it and writes nothing', async ({ page }) => {
  const before = snapshot();
  const holder = spawn('npx', ['tsx', 'tests/desk/holdLock.ts', desk.dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true
  });
  try {
    await new Promise<void>((ok) => holder.stdout?.on('data', () => ok()));
    await toFirstShare(page);
    await page.keyboard.press('Enter');
    const errors = await chartThenSave(page);
    await expect(errors.first()).toContainText(/is locked by pid \d+ \(ingest other-article\.txt/);
    expect(snapshot()).toBe(before);
  } finally {
    if (holder.pid) process.kill(-holder.pid, 'SIGTERM');
  }
});

test('the same bytes twice open the article already in the dataset', async ({ page }) => {
  const before = snapshot();
  await page.goto(desk.url);
  await page
    .locator('input[type="file"]')
    .setInputFiles(join(desk.dir, 'articles', '000_76dcb8d5190ba0b8.txt'));
  await page.getByRole('button', { name: /^添加$/ }).click();
  await expect(page.getByRole('status')).toContainText('已在数据中');
  await expect(page.locator('input[name="outlet"]')).toHaveValue('36氪');
  await expect(page.locator('input[name="outlet"]')).toHaveAttribute('readonly', '');
  expect(snapshot()).toBe(before);
});
