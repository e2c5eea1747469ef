import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';

const claimReview = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');

test('the verdict sits beside the value, with what differs in one line', async ({ page }) => {
  await page.goto('/en/figures/dgl-headline-value-36kr');
  const value = page.getByTestId('figure-value');
  const badge = value.getByTestId('figure-verdict');
  await expect(badge).toHaveText('Differs from the record');
  // Beside the value: on the same line, right of it, not a panel further down.
  const v = await value.locator('span').first().boundingBox();
  const b = await badge.boundingBox();
  expect(v && b && Math.abs(b.y + b.height / 2 - (v.y + v.height / 2)) < v.height / 2 && b.x > v.x).toBe(
    true
  );
  // The side-by-side shows the same US$1 billion twice; the line says what actually differs.
  await expect(page.getByTestId('figure-differs')).toHaveText(
    'What differs: what is counted (article: The headline’s “1-billion project”); the currency.'
  );
  await expect(page.getByTestId('record-counts')).toContainText('Revenue attributed to the DGL');
  await badge.click();
  await expect(page).toHaveURL(/#check$/);
});

test('partly: 50 AI researchers cited as 50 PhDs, rated 3 of 5 on the zh and en pages', async ({ page }) => {
  await page.goto('/figures/tencent-ai-lab-phds-vpshk');
  await expect(page.getByTestId('figure-verdict')).toHaveText('数字相符，所计对象不符');
  await expect(page.getByTestId('figure-differs')).toHaveText('不同之处：所计对象（文章：世界级AI博士）。');
  expect(await claimReview(page)).toMatchObject({
    '@type': 'ClaimReview',
    url: expect.stringMatching(/\/figures\/tencent-ai-lab-phds-vpshk$/),
    inLanguage: 'zh-Hans',
    reviewRating: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: '数字相符，所计对象不符' },
    itemReviewed: { '@type': 'Claim', datePublished: '2025-12-29' }
  });
  expect((await claimReview(page)).url).not.toContain('/en/');
  await page.goto('/en/figures/tencent-ai-lab-phds-vpshk');
  await expect(page.getByTestId('figure-verdict')).toHaveText('Number matches, not what it counts');
  expect(await claimReview(page)).toMatchObject({
    url: expect.stringMatching(/\/en\/figures\/tencent-ai-lab-phds-vpshk$/),
    reviewRating: { ratingValue: 3, alternateName: 'Number matches, not what it counts' }
  });
});

test('/checks and checks.csv carry partly, what differs, and a legend of the verdicts', async ({
  page,
  request
}) => {
  await page.goto('/en/checks');
  await page.getByLabel('Verdict').selectOption('partly');
  await expect(page.locator('tbody tr[data-verdict="partly"]')).toHaveCount(8);
  await expect(page.locator('tbody tr:not([data-verdict="partly"])')).toHaveCount(0);
  await page.getByTestId('verdict-legend').locator('summary').click();
  await expect(page.getByTestId('verdict-legend')).toContainText('50 AI researchers cited as 50 PhDs');
  const text = (await (await request.get('/data/checks.csv')).body()).toString('utf8').slice(1);
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.find((r) => r.id === 'tencent-ai-lab-phds-vpshk')).toMatchObject({
    verdict: 'partly',
    differs: 'What differs: what is counted (article: World-class AI PhDs).'
  });
});

test('with the records switch on, the tooltip quotes the record, not the article', async ({ page }) => {
  await page.goto('/en/charts/money-amounts');
  const figure = page.locator('figure[data-chart="money-amounts"]');
  const mark = figure.locator('svg a[data-figure="amazon-zappos-price-aws"]:visible');
  const tip = figure.getByTestId('chart-tooltip');
  await mark.focus();
  await expect(tip).toContainText('以15亿美元收购美国物流公司卓越(Zappos)');
  await expect(tip).toContainText('Article:');
  await figure.getByRole('button', { name: "Show the records' values" }).click();
  await mark.focus();
  await expect(tip).toContainText('US$1.134 billion');
  await expect(tip).toContainText('The following summarizes the allocation of the Zappos purchase price');
  await expect(tip).toContainText('Record: Amazon.com, Inc.');
  await expect(tip).not.toContainText('以15亿美元收购');
});
