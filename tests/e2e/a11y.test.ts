import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * axe-core (WCAG 2.1 A and AA rules) on every page type, in both languages. Each page type runs in two
 * combinations that differ in language, colour scheme and width, so every page type is checked in Chinese and
 * English, light and dark, mobile (390×844) and desktop (1280×800). No rule is disabled.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const pages = [
  '/',
  '/figures',
  '/figures/idc-iaas-share-2024h2-alibaba',
  '/articles',
  '/articles/china-ai-compute-capital-netease',
  '/charts',
  '/charts/cloud-iaas-share-2024h2',
  '/charts/research-eto-highly-cited',
  '/charts/compute-gap',
  '/charts/money-amounts',
  '/charts/timeline-amazon-china',
  '/checks',
  '/data',
  '/present',
  '/embed/compute-gap',
  '/embed/cloud-iaas-share-2024h2?theme=dark'
];

type Combo = { lang: 'zh' | 'en'; scheme: 'light' | 'dark'; width: number; height: number };
const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
// Alternate which language gets which scheme and width from one page to the next, so both pairings occur.
const combos = (i: number): Combo[] =>
  i % 2 === 0
    ? [
        { lang: 'zh', scheme: 'light', ...DESKTOP },
        { lang: 'en', scheme: 'dark', ...MOBILE }
      ]
    : [
        { lang: 'zh', scheme: 'dark', ...MOBILE },
        { lang: 'en', scheme: 'light', ...DESKTOP }
      ];

async function audit(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
  }));
}

pages.forEach((path, i) => {
  for (const c of combos(i)) {
    const url = c.lang === 'en' ? `/en${path === '/' ? '' : path}` : path;
    test(`axe: ${url} (${c.scheme}, ${c.width}px)`, async ({ page }) => {
      // axe walks every node: /charts draws every chart at three widths, which takes it past 30 s on a loaded
      // two-core machine (34 s seen with two other builds running). A limit, not a timing assertion.
      test.setTimeout(90_000);
      await page.setViewportSize({ width: c.width, height: c.height });
      await page.emulateMedia({ colorScheme: c.scheme });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(await audit(page)).toEqual([]);
    });
  }
});

test('keyboard: Tab reaches the first chart mark, Enter follows it to the figure page', async ({ page }) => {
  await page.goto('/en/charts/cloud-iaas-share-2024h2');
  // The first mark of the drawing shown (the chart's other widths are display: none, out of Tab's reach).
  const first = page.locator('figure.chart svg a.mark:visible').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/en\/figures\//);
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByTestId('quote')).toBeVisible();
});
