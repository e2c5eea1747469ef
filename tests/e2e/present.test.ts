import { expect, test, type Page } from '@playwright/test';

/**
 * /present as a person sees it: exactly one slide on screen, keys and history move between slides, the chart
 * fills the stage with type sized for it, and printing gives one slide per page.
 */

/** The slides whose box is on screen (not just not `hidden`): what a person in the room sees. */
async function onScreen(page: Page): Promise<string[]> {
  return page.locator('section.slide').evaluateAll((slides) =>
    slides
      .filter((s) => {
        const b = s.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && b.bottom > 0 && b.top < window.innerHeight;
      })
      .map((s) => s.id)
  );
}

/** The deck is interactive once its buttons exist (they are drawn only with JavaScript). */
async function hydrated(page: Page) {
  await expect(page.locator('nav.controls button').first()).toBeVisible();
}

test.describe('on a 1920×1080 stage', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('one slide is on screen and the keys move to another single slide', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/en/present');
    await hydrated(page);
    expect(await onScreen(page)).toEqual(['1']);
    const title = () => page.locator('section.slide:not([hidden]) .chart-title').textContent();
    const first = await title();

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#2$/);
    expect(await onScreen(page)).toEqual(['2']);
    expect(await title()).not.toBe(first);

    await page.keyboard.press('End');
    const last = String(await page.locator('section.slide').count());
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    expect(await onScreen(page)).toEqual([last]);
    await page.keyboard.press('Home');
    expect(await onScreen(page)).toEqual(['1']);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    expect(await onScreen(page)).toEqual(['3']);
    await page.keyboard.press('PageUp');
    expect(await onScreen(page)).toEqual(['2']);
    await page.keyboard.press('ArrowLeft');
    expect(await onScreen(page)).toEqual(['1']);
    expect(errors).toEqual([]);
  });

  test('#N opens slide N, and Back/Forward move between slides', async ({ page }) => {
    await page.goto('/en/present#3');
    await hydrated(page);
    expect(await onScreen(page)).toEqual(['3']);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#4$/);
    await page.goBack();
    await expect(page).toHaveURL(/#3$/);
    await expect.poll(() => onScreen(page)).toEqual(['3']);
    await page.goForward();
    await expect.poll(() => onScreen(page)).toEqual(['4']);
  });

  test('the chart fills the stage and its labels are set for the back of the room', async ({ page }) => {
    await page.goto('/en/present');
    await hydrated(page);
    for (let i = 0; i < 3; i++) {
      const svg = page.locator('section.slide:not([hidden]) .graphic svg');
      const box = await svg.boundingBox();
      if (!box) throw new Error('no chart on the slide');
      // Most of the stage's width or of the height left under the title (a tall chart fills the height).
      expect(box.width > 1920 * 0.8 || box.height > 1080 * 0.55, `${box.width}×${box.height}`).toBe(true);
      // The smallest label is at least 24 px: about twice a chart page's, legible across a room.
      const smallest = await svg.evaluate((el) =>
        Math.min(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height))
      );
      expect(smallest).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('every slide, in both languages, sets its chart type for the room: a tall chart continues on the next slide', async ({
    page
  }) => {
    for (const deck of ['/present', '/en/present']) {
      await page.goto(deck);
      await hydrated(page);
      const count = await page.locator('section.slide').count();
      for (let i = 1; i <= count; i++) {
        // The smallest type of the chart as drawn on the stage: its font size times the SVG's scale.
        const smallest = await page.locator('section.slide:not([hidden]) .graphic svg').evaluate((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return Math.min(
            ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
          );
        });
        // About 1.8% of the stage's height, as large as the slide's own legend and source line (a chart
        // page draws the same labels at 11–12 px; a 12-row timeline on one slide drew them at 12).
        expect(smallest, `${deck}#${i}`).toBeGreaterThanOrEqual(19);
        await page.keyboard.press('ArrowRight');
      }
    }
  });

  test('the parts of a cut chart are titled 1/2 and 2/2 and together link every figure of the chart', async ({
    page
  }) => {
    const id = 'timeline-amazon-china';
    await page.goto('/en/charts/' + id);
    const marks = async (scope: string) =>
      new Set(
        await page.locator(`${scope} a.mark`).evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      );
    const whole = await marks(`figure[data-chart="${id}"]`);
    expect(whole.size).toBeGreaterThan(8);
    await page.goto('/en/present');
    await hydrated(page);
    const parts = page.locator(`section.slide:has(figure[data-chart="${id}"])`);
    await expect(parts).toHaveCount(2);
    await expect(parts.nth(0).locator('.chart-title')).toHaveText(/\(1\/2\)$/);
    await expect(parts.nth(1).locator('.chart-title')).toHaveText(/\(2\/2\)$/);
    expect(await marks(`section.slide:has(figure[data-chart="${id}"])`)).toEqual(whole);
  });

  test('printing gives one slide per page', async ({ page }) => {
    // Printing every slide's SVG to PDF takes seconds on a busy two-core machine.
    test.slow();
    await page.goto('/present#5');
    await hydrated(page);
    const slides = await page.locator('section.slide').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages).toHaveLength(slides);
  });
});

test('F asks for full screen; the deck ignores keys with Alt, Ctrl or ⌘', async ({ page }) => {
  await page.goto('/en/present');
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { asked: number }).asked = 0;
    document.documentElement.requestFullscreen = () => {
      (window as unknown as { asked: number }).asked++;
      return Promise.resolve();
    };
  });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
  await page.keyboard.press('Alt+ArrowRight');
  expect(await onScreen(page)).toEqual(['1']);
});

test.describe('on a phone held upright', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a single slide, laid out for the screen, without sideways scrolling', async ({ page }) => {
    await page.goto('/present');
    await hydrated(page);
    expect(await onScreen(page)).toEqual(['1']);
    await page.getByRole('button', { name: '下一张' }).click();
    expect(await onScreen(page)).toEqual(['2']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const smallest = await page
      .locator('section.slide:not([hidden]) .graphic svg')
      .evaluate((el) =>
        Math.min(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height))
      );
    expect(smallest).toBeGreaterThanOrEqual(10);
  });

  test('each slide opens at its title, and its source line sits under the chart, not over it', async ({
    page
  }) => {
    await page.goto('/en/present');
    await hydrated(page);
    const count = await page.locator('section.slide').count();
    for (let i = 1; i <= count; i++) {
      await page.goto(`/en/present#${i}`);
      await hydrated(page);
      const slide = page.locator('section.slide:not([hidden])');
      await expect(slide).toHaveAttribute('id', String(i));
      const title = await slide.locator('.chart-title').boundingBox();
      expect(title?.y ?? -1, `#${i} title in view`).toBeGreaterThanOrEqual(0);
      const chart = await slide.locator('.graphic svg').boundingBox();
      const source = await slide.locator('.chart-source').boundingBox();
      if (!chart || !source) throw new Error(`#${i}: no chart or source line`);
      expect(source.y, `#${i} source under the chart`).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the slides are a handout, each a stage of its own, and #N scrolls to slide N', async ({ page }) => {
    await page.goto('/en/present#2');
    const slides = page.locator('section.slide');
    expect(await slides.count()).toBeGreaterThan(3);
    for (const s of await slides.all()) await expect(s).toBeVisible();
    const box = await slides.nth(1).boundingBox();
    expect(Math.abs(box?.y ?? 1e9)).toBeLessThan(2);
  });
});
