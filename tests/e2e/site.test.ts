import { expect, test } from '@playwright/test';

test('home shows the dataset counts in both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('引证数字');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cited Figures');
});

test('a figure page highlights its quote inside the paragraph', async ({ page }) => {
  await page.goto('/en/figures/idc-iaas-share-2024h2-alibaba');
  await expect(page.getByTestId('figure-value')).toContainText('26.1%');
  const mark = page.getByTestId('quote');
  await expect(mark).toHaveText('阿里巴巴(09988,以下简称“阿里”)以26.1%的市场份额占据首位');
  await expect(page.locator('blockquote')).toContainText('从细分市场来看,2024下半年IaaS市场中');
  await expect(page.locator('.source')).toContainText('Source: IDC, as cited in');
});

test('the article page links each highlighted quote to its figure', async ({ page }) => {
  await page.goto('/articles/china-ai-compute-capital-netease');
  const link = page.locator(
    'section[aria-labelledby="normalized"] a.ref[href="/figures/lin-compute-gap-netease"]'
  );
  // The chip shows the value and the verdict's sign; its name says the verdict in words.
  await expect(link).toHaveText('10至100倍 ✓');
  await expect(link).toHaveAttribute('aria-label', /：10至100倍，与原始记录相符$/);
  await link.click();
  await expect(page).toHaveURL(/\/figures\/lin-compute-gap-netease$/);
  await expect(page.getByTestId('quote')).toHaveText(
    '美國的算力比中國高出一個甚至兩個數(shù)量級(10到100倍)'
  );
});

test('the figures table sorts and filters', async ({ page }) => {
  await page.goto('/en/figures');
  // The table is virtualized: aria-rowcount counts every row (plus the header); data rows carry aria-rowindex.
  const table = page.locator('table');
  const rows = page.locator('tbody tr[aria-rowindex]');
  const total = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThan(50);
  expect(await rows.count()).toBeGreaterThan(0);
  await page.getByRole('searchbox').fill('PaaS');
  await expect(rows).toHaveCount(10);
  await expect(table).toHaveAttribute('aria-rowcount', '11');
  await page.getByRole('button', { name: 'Value' }).click();
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Value/);
  await expect(rows.first().locator('td').nth(2)).toHaveText('No. 1');
});

for (const width of [1280, 390]) {
  test.describe(`the figures table at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ['/figures', '/en/figures']) {
      test(`${path}: values whole, articles told apart, a verdict column, the value on screen`, async ({
        page
      }) => {
        await page.goto(path);
        const rows = page.locator('tbody tr[aria-rowindex]');
        await expect(rows.first()).toBeVisible();
        // No value cut: its text fits its cell, across and down.
        const cut = await page
          .locator('tbody td.value')
          .evaluateAll((cells) =>
            cells
              .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
              .map((c) => c.textContent)
          );
        expect(cut).toEqual([]);
        // Every value cell is on screen, not scrolled off to the right.
        const offScreen = await page
          .locator('tbody td.value')
          .evaluateAll(
            (cells) => cells.filter((c) => c.getBoundingClientRect().right > window.innerWidth + 1).length
          );
        expect(offScreen).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Rows of different articles read differently in the Article column: one text per article link.
        const articles = await page
          .locator('tbody td.article a')
          .evaluateAll((links) => links.map((a) => `${a.getAttribute('href')}|${a.textContent}`));
        const hrefs = new Set(articles.map((a) => a.split('|')[0]));
        const texts = new Set(articles.map((a) => a.split('|')[1]));
        expect(hrefs.size).toBeGreaterThan(1);
        expect(texts.size).toBe(hrefs.size);
        // No cell's text spills into the next column.
        const spills = await page
          .locator('tbody td')
          .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
        expect(spills).toBe(0);
        // A verdict for the figures checked against a record.
        await expect(rows.first().locator('td.verdict .badge')).toHaveText(/\S/);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('figure pages are complete as static HTML', async ({ page }) => {
    await page.goto('/figures/meta-manus-acquisition-price-netease');
    await expect(page.getByTestId('figure-value')).toContainText('20亿美元');
    await expect(page.getByTestId('quote')).toHaveText('Meta以20億美元收購');
  });
});

test('pages carry a Content-Security-Policy and run without violating it', async ({ page }) => {
  // Every violation fires a securitypolicyviolation event, even one that code catches and recovers from
  // (a library probing whether it may eval): those reach neither the console nor a test's error handler.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  for (const path of [
    '/',
    '/en/figures',
    '/figures/lin-compute-gap-netease',
    '/en/articles/aws-shanghai-institute-closure',
    '/en/charts/cloud-iaas-share-2024h2',
    '/checks',
    '/en/present',
    '/embed/compute-gap?theme=dark'
  ]) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    await page.waitForLoadState('load');
    expect(await violations(), path).toEqual([]);
  }
  await page.goto('/en/figures');
  await page.getByRole('searchbox').fill('IDC');
  expect(await violations()).toEqual([]);
});

test('the traditional-script article reads as simplified text without pinyin, quotes still linked', async ({
  page
}) => {
  await page.goto('/en/articles/china-ai-compute-capital-netease');
  const normalized = page.locator('section[aria-labelledby="normalized"]');
  await expect(normalized).toContainText('最近我发现一个挺有意思的现象');
  await expect(normalized).not.toContainText('(fā)');
  await expect(normalized.locator('mark', { hasText: '数量级(10到100倍)' })).toBeVisible();
});

test('a figure with an original URL links to the quote on that page and to the archived copy', async ({
  page
}) => {
  await page.goto('/en/figures/eto-highly-cited-us-vpshk');
  const fragment = page.getByRole('link', { name: 'Find this sentence on the original page' });
  await expect(fragment).toHaveAttribute('href', /^https:\/\/vpshk\.cn\/20251213732\.html#:~:text=/);
  await expect(page.getByTestId('archived-copy')).toHaveAttribute(
    'href',
    '/data/articles/001_edda34581551ff7f.txt'
  );
});
