import { expect, test } from '@playwright/test';

test('a figure that differs shows the claim and the record side by side, with ClaimReview', async ({
  page
}) => {
  await page.goto('/en/figures/amazon-zappos-year-aws');
  await expect(page.getByTestId('verdict')).toHaveText('Differs from the record');
  await expect(page.getByTestId('record-says')).toHaveText('2009');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 1 } });
});

test('each verdict renders in words', async ({ page }) => {
  for (const [id, words] of [
    ['meta-manus-acquisition-price-netease', 'Matches the record'],
    ['idc-iaas-share-2024h2-alibaba', 'Unverified'],
    ['ai-expert-training-years-sohu', 'Not checkable (opinion, forecast or rumour)']
  ] as const) {
    await page.goto(`/en/figures/${id}`);
    await expect(page.getByTestId('verdict')).toHaveText(words);
  }
  await page.goto('/figures/amazon-zappos-year-aws');
  await expect(page.getByTestId('verdict')).toHaveText('与原始记录不符');
});

test('a conflict between two rows is shown on both figures', async ({ page }) => {
  for (const [id, other] of [
    ['ds-report-year-text-vpshk', 'ds-report-year-ref-vpshk'],
    ['ds-report-year-ref-vpshk', 'ds-report-year-text-vpshk']
  ] as const) {
    await page.goto(`/en/figures/${id}`);
    const list = page.getByTestId('conflicts');
    await expect(list).toContainText('dates differ');
    await expect(list.getByRole('link', { name: other })).toBeVisible();
  }
  await page.goto('/en/figures/wang-team-years-36kr');
  await expect(page.getByTestId('conflicts')).toContainText('names differ: 王敏杰 / 王敏捷');
});

test('/checks filters by verdict and the article page carries its reliability note', async ({ page }) => {
  await page.goto('/en/checks');
  const rows = page.locator('tbody tr');
  const all = await rows.count();
  await page.getByLabel('Verdict').selectOption('differs');
  const differs = await rows.count();
  expect(differs).toBeGreaterThan(0);
  expect(differs).toBeLessThan(all);
  await expect(page.locator('tbody tr[data-verdict="matches"]')).toHaveCount(0);
  await page.goto('/en/articles/aws-shanghai-institute-closure');
  await expect(page.getByTestId('reliability')).toContainText(
    /figures, \d+ match their primary record, \d+ differ/
  );
});

test('a chart marks figures whose record differs and can be redrawn with the records', async ({ page }) => {
  await page.goto('/en/charts/money-amounts');
  const figure = page.locator('figure[data-chart="money-amounts"]');
  await expect(figure.getByTestId('record-notes')).toContainText('record US$1.134 billion');
  const zappos = figure.locator('svg a[data-figure="amazon-zappos-price-aws"]:visible text.value');
  await expect(zappos).toHaveText('US$1.5 billion ◆');
  const toggle = figure.getByRole('button', { name: "Show the records' values" });
  await toggle.click();
  await expect(figure.getByRole('button', { name: "Show the articles' values" })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(zappos).toHaveText('US$1.134 billion ◆'); // ◆ stays: it shows which values were swapped
  await figure.getByRole('button', { name: "Show the articles' values" }).click();
  await expect(zappos).toHaveText('US$1.5 billion ◆');
});

/** Cells whose box is narrower than about two characters of their own text: text wrapped letter by letter. */
async function letterByLetter(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells
      .filter((c) => {
        const text = (c.textContent ?? '').trim();
        if (text.length < 4) return false;
        const style = getComputedStyle(c);
        const inner = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner < parseFloat(style.fontSize) * 2.5;
      })
      .map((c) => (c.textContent ?? '').trim().slice(0, 30))
  );
}

for (const width of [1280, 390]) {
  test.describe(`/checks at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ['/checks', '/en/checks']) {
      test(`${path} reads: verdict first, no cell letter by letter, no sideways scroll, a sane height`, async ({
        page
      }) => {
        await page.goto(path);
        const first = page.locator('tbody tr').first();
        await expect(first.locator('td').first().locator('.badge')).toBeVisible();
        expect(await letterByLetter(page, 'tbody td')).toEqual([]);
        const { scrollWidth, clientWidth, height, rows } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          height: document.documentElement.scrollHeight,
          rows: document.querySelectorAll('tbody tr').length
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        // Before: 384,000 px for 83 rows at 390 (4,600 px a row). A card of a few lines is a few hundred.
        expect(height / rows).toBeLessThan(width === 390 ? 420 : 260);
        if (width === 390) {
          // Cards: each row is a box the screen's width, its cells stacked.
          const box = await first.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(320);
        }
      });
    }
  });
}
