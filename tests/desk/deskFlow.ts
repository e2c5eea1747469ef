import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const FIXTURE = 'tests/fixtures/desk-cloud-market.txt';
export const fixtureText = () => readFileSync(FIXTURE, 'utf8');

/** What a curator would write for the fixture's five shares: the answer key the suggestions are scored on. */
export const EXPECTED = [
  ['24.7%', '阿里巴巴', 'Alibaba'],
  ['13.9%', '华为', 'Huawei'],
  ['11.2%', '中国电信', 'China Telecom'],
  ['9.6%', '中国移动', 'China Mobile'],
  ['7.8%', '腾讯', 'Tencent']
].map(([quote, subject_zh, subject_en]) => ({
  quote: quote as string,
  subject_zh: subject_zh as string,
  subject_en: subject_en as string,
  metric_zh: '中国公有云IaaS市场份额',
  metric_en: 'Share of China’s public-cloud IaaS market',
  topic: 'cloud-market',
  attributed_to: 'IDC',
  period: '2025-H1'
}));
export const FIELDS = [
  'subject_zh',
  'subject_en',
  'metric_zh',
  'metric_en',
  'topic',
  'attributed_to',
  'period'
] as const;

/** Pastes the fixture and adds it; returns once the metadata form is shown. */
export async function addFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('textarea').first().fill(fixtureText());
  await page.getByRole('button', { name: /^(添加|Add)$/ }).click();
  await expect(page.locator('input[name="title"]')).not.toHaveValue('');
}

/** The current mention's field values, once its suggestions have arrived. */
export async function formValues(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('#f-subject_zh')).not.toHaveValue('');
  const out: Record<string, string> = {};
  for (const f of FIELDS) out[f] = await page.locator(`[name="${f}"]`).first().inputValue();
  return out;
}
