import { expect, test } from '@playwright/test';

test('clicking a bar leads to its figure page with the quote highlighted', async ({ page }) => {
  await page.goto('/en/charts/cloud-paas-share-2024h2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AWS ranks fourth');
  const bar = page.locator('svg a.mark[href="/en/figures/idc-paas-share-2024h2-aws"]:visible');
  await expect(bar).toHaveAttribute('aria-label', 'AWS, Share of China’s public-cloud PaaS market: 9.2%');
  await bar.click();
  await expect(page).toHaveURL(/\/en\/figures\/idc-paas-share-2024h2-aws$/);
  await expect(page.getByTestId('quote')).toHaveText('AWS排名第四,市场份额9.2%');
  await expect(page.getByTestId('figure-charts')).toContainText('AWS ranks fourth');
});

test('the chart page carries the data table, the computed source and the conflict notes', async ({
  page
}) => {
  await page.goto('/en/charts/money-amounts');
  const figure = page.locator('figure.chart');
  await expect(figure.locator('figcaption')).toContainText(
    'Source: 天眼查 (Tianyancha) for one figure; the other seven unattributed, as cited in'
  );
  await expect(figure.locator('details.chart-table tbody tr')).toHaveCount(8);
  await expect(page.locator('#conflicts + ul > li')).toHaveCount(2);
});

test('keyboard focus on a mark shows its tooltip with value, quote and article', async ({ page }) => {
  await page.goto('/en/charts/people-headcounts');
  const marks = page.locator('svg a.mark:visible');
  await expect(marks).toHaveCount(7);
  await marks.first().focus();
  const tip = page.getByTestId('chart-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('about 1,800 people');
  await expect(tip).toContainText('导致约1800人失业');
  await expect(marks.first()).toHaveAttribute('aria-describedby', /.+/);
  await page.keyboard.press('Tab');
  await expect(marks.nth(1)).toBeFocused();
  await expect(tip).toContainText('导致约1800人被裁员');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('charts run without violating the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/en/charts/timeline-amazon-china');
  await page.locator('svg a.mark:visible').first().hover();
  await expect(page.getByTestId('chart-tooltip')).toBeVisible();
  expect(violations).toEqual([]);
});

test('the home page shows every chart, grouped by topic, beside the counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.stats')).toContainText('83');
  await expect(page.locator('section.dashboard figure.chart svg[role="group"]:visible')).toHaveCount(13);
  await page.getByRole('link', { name: '图表', exact: true }).first().click();
  await expect(page).toHaveURL(/\/charts$/);
  await expect(page.locator('figure.chart')).toHaveCount(13);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chart is complete as static SVG: marks, links and titles', async ({ page }) => {
    await page.goto('/charts/money-amounts');
    // One drawing per width; the one for this box is shown, the others are display: none.
    const svg = page.locator('figure.chart svg[role="group"]:visible');
    await expect(svg).toBeVisible();
    expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(0);
    await expect(svg.locator('a.mark')).toHaveCount(8);
    await expect(
      svg.locator('a.mark[href="/figures/meta-manus-acquisition-price-netease"] circle')
    ).toBeVisible();
    await expect(svg.locator('a.mark title').first()).toContainText('Meta以20億美元收購');
  });
});

test.describe('on a 360px screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    '/',
    '/charts',
    '/en/charts/timeline-amazon-china',
    '/charts/money-amounts',
    '/en/figures/idc-paas-share-2024h2-aws'
  ]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('figure.chart svg').first()).toBeVisible();
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth
      ]);
      expect(scroll).toBeLessThanOrEqual(client);
      const box = await page.locator('figure.chart svg[role="group"]:visible').first().boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(client);
    });
  }
});
