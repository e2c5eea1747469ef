import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { watch } from './watchConsole';

// Every figure page of the built site, in both languages: each carries a preview of a chart it is in, so
// together they cover every chart type, every highlighted mark and every quote position (a quote opening its
// paragraph once broke hydration).
const ids = readdirSync('build/figures')
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length));
const charts = JSON.parse(readFileSync('data/charts.json', 'utf8')) as { id: string; type: string }[];
const typeOf = new Map(charts.map((c) => [c.id, c.type]));

/**
 * Every chart mark on the page as drawn for this screen (a chart is drawn at up to three widths, the others
 * display: none): its size, and whether it and all it draws are SVG elements.
 */
async function marks(page: Page) {
  return page.$$eval('figure.chart svg a.mark', (els) =>
    els
      .filter((a) => a.closest('svg')?.checkVisibility())
      .map((a) => {
        const r = a.getBoundingClientRect();
        const svg = 'http://www.w3.org/2000/svg';
        const allSvg = [a, ...a.querySelectorAll('*')].every((e) => e.namespaceURI === svg);
        return { id: a.getAttribute('data-figure'), w: r.width, h: r.height, allSvg };
      })
  );
}

/** Enhanced (hydrated or not): the chart has swapped its no-JavaScript <title> fallbacks for the live tooltip. */
async function hydrated(page: Page) {
  await expect(page.locator('figure.chart svg a.mark title')).toHaveCount(0, { timeout: 30_000 });
}

function expectDrawn(found: Awaited<ReturnType<typeof marks>>) {
  expect(found.length).toBeGreaterThan(0);
  for (const m of found) {
    expect(m.allSvg, `${m.id} is not all SVG`).toBe(true);
    expect(m.w > 0 && m.h > 0, `${m.id} measures ${m.w}×${m.h}`).toBe(true);
  }
}

test('the figure pages preview every chart type', () => {
  const types = new Set(
    ids.map((id) => {
      const html = readFileSync(`build/figures/${id}.html`, 'utf8');
      return typeOf.get(/data-chart="([^"]+)"/.exec(html)?.[1] ?? '');
    })
  );
  expect([...types].sort()).toEqual([...new Set(charts.map((c) => c.type))].sort());
  expect(ids).toContain('ibm-china-rd-closed-aws');
});

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'zh' ? '' : '/en';
  test.describe(`${lang} figure pages hydrate with their chart drawn`, () => {
    for (const id of ids) {
      test(id, async ({ page }) => {
        const problems = watch(page);
        await page.goto(`${prefix}/figures/${id}`);
        await hydrated(page);
        expectDrawn(await marks(page));
        await expect(page.locator(`figure.chart svg a.mark.hi[data-figure="${id}"]:visible`)).toHaveCount(1);
        expect(problems).toEqual([]);
      });
    }
  });

  test(`${lang}: charts drawn on the client (navigation) are drawn too`, async ({ page }) => {
    // Two page loads and a client navigation per chart, for every chart: 26–32 s on a 2-core CI machine,
    // past Playwright's default 30 s for one test. The limit scales with the number of charts.
    test.setTimeout(30_000 + charts.length * 8_000);
    const problems = watch(page);
    await page.goto(`${prefix}/charts`);
    await hydrated(page);
    const hrefs = await page.$$eval('h2.chart-title a, h3.chart-title a', (as) =>
      as.map((a) => a.getAttribute('href') ?? '')
    );
    expect(hrefs.length).toBe(charts.length);
    for (const href of hrefs) {
      await page.goto(`${prefix}/charts`);
      await hydrated(page);
      // A click is a client-side navigation: the chart page is rendered in the browser, not hydrated.
      await page.locator(`.chart-title a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator('figure.chart h1')).toBeVisible();
      expectDrawn(await marks(page));
    }
    expect(problems).toEqual([]);
  });
}

// A keyboard reader can reach a mark before the page's JavaScript has run (a slow connection): the focus
// event is then unheard. Once the script runs, the mark that holds the focus shows its tooltip.
test('a mark focused before the page’s script ran shows its tooltip once it runs', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_app/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  const problems = watch(page);
  await page.goto('/en/charts/money-amounts', { waitUntil: 'domcontentloaded' });
  const figure = page.locator('figure[data-chart="money-amounts"]');
  const mark = figure.locator('svg a[data-figure="amazon-zappos-price-aws"]:visible');
  // The stylesheet has applied: one drawing of the chart's widths is shown.
  await expect(mark).toHaveCount(1);
  await mark.focus();
  await expect(figure.getByTestId('chart-tooltip')).toHaveCount(0);
  release();
  await hydrated(page);
  await expect(mark).toBeFocused();
  await expect(figure.getByTestId('chart-tooltip')).toContainText('以15亿美元收购美国物流公司卓越(Zappos)');
  expect(problems).toEqual([]);
});
