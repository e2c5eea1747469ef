import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';

const CHART = '/en/charts/cloud-iaas-share-2024h2';
const SOURCE = 'Source: IDC, as cited in';

/**
 * Clicks a button in the downloads section (or a link: the images made at build time) and returns the file
 * it saves.
 */
async function download(page: Page, name: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const section = page.locator('#downloads');
  const button = section.getByRole('button', { name }).or(section.getByRole('link', { name }));
  await expect(button).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many distinct colours the PNG has (sampled on a grid), drawn in the page. */
async function colours(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return seen.size;
  }, bytes.toString('base64'));
}

test.describe('chart downloads for slides', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(CHART);
    await expect(page.locator('#downloads').getByRole('button').first()).toBeEnabled();
  });

  test('the SVG slide is standalone XML with the source line and the chart URL', async ({ page }) => {
    const { file, bytes } = await download(page, /SVG/);
    expect(file.suggestedFilename()).toBe('cloud-iaas-share-2024h2-en.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute('width'),
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n')
      };
    }, svg);
    expect(parsed).toMatchObject({ error: 0, root: 'svg', width: '1920' });
    expect(parsed.text).toContain(SOURCE);
    expect(parsed.text).toContain('Alibaba');
    // The legend and the chart's notes travel with the image.
    const legend = await page.locator('figure[data-chart] .legend li').allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    for (const l of legend) expect(parsed.text).toContain(l.trim());
    expect(parsed.text).toContain('Note: ');
    // Without a public site URL (the test build has none) no address is printed, never a loopback one.
    expect(svg).not.toMatch(/127\.0\.0\.1|localhost/);
    // SVG 1.1 that office programs read: no CSS classes, variables, rgba() or currentColor.
    expect(svg).not.toMatch(/\sclass="|\sstyle="|var\(|rgba\(|currentColor/);
    expect(svg).toContain("'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'");
  });

  test('PNG slides have the promised sizes and are not blank', async ({ page }) => {
    const wide = await download(page, /PNG 16:9/);
    expect(wide.file.suggestedFilename()).toBe('cloud-iaas-share-2024h2-en-1920x1080.png');
    expect(pngSize(wide.bytes)).toEqual({ width: 1920, height: 1080 });
    expect(await colours(page, wide.bytes)).toBeGreaterThan(10);

    const four = await download(page, /PNG 4:3/);
    expect(pngSize(four.bytes)).toEqual({ width: 1600, height: 1200 });
    expect(await colours(page, four.bytes)).toBeGreaterThan(10);

    const shown = await page.locator('figure[data-chart] .graphic svg:visible').boundingBox();
    // The size joins the button's words once the drawing code is loaded: on first pointing at the panel.
    const button = page.locator('#downloads').getByRole('button', { name: /PNG at 2× screen/ });
    await button.hover();
    await expect(button).toHaveText(/\(\d+×\d+\)/);
    const label = await button.textContent();
    const twice = await download(page, /PNG at 2× screen/);
    const size = pngSize(twice.bytes);
    // The button says the size it makes.
    expect(label).toContain(`(${size.width}×${size.height})`);
    expect(size.width).toBeGreaterThan(2 * (shown?.width ?? 0));
    expect(size.height).toBeGreaterThan(2 * (shown?.height ?? 0));
  });

  test('the dark PNG has a dark background', async ({ page }) => {
    await page.locator('#downloads').getByRole('radio', { name: 'Dark' }).check();
    const { bytes } = await download(page, /PNG 16:9/);
    const corner = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx?.drawImage(img, 0, 0);
      return [...(ctx?.getImageData(2, 2, 1, 1).data ?? [])];
    }, bytes.toString('base64'));
    expect(corner.slice(0, 3).every((v) => v < 60)).toBe(true);
  });

  test('the PPTX is a zip', async ({ page }) => {
    const { file, bytes } = await download(page, /PowerPoint/);
    expect(file.suggestedFilename()).toBe('cloud-iaas-share-2024h2-en.pptx');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  test('the copy button puts the iframe snippet on the clipboard, or selects it', async ({
    page,
    context
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    const area = page.locator('#downloads textarea').first();
    const snippet = await area.inputValue();
    expect(snippet).toContain('<iframe src="');
    expect(snippet).toContain('/en/embed/cloud-iaas-share-2024h2');
    await page.locator('#downloads').getByRole('button', { name: 'Copy the embed code' }).click();
    await expect(page.locator('#downloads [role="status"]')).not.toBeEmpty();
    const { clip, selected } = await page.evaluate(async () => ({
      clip: await navigator.clipboard.readText().catch(() => ''),
      selected: String(getSelection()) || (document.activeElement as HTMLTextAreaElement | null)?.value || ''
    }));
    expect(clip === snippet || selected === snippet).toBe(true);
  });

  test('read at a loopback address (npm start), the snippets name no address that only this computer opens', async ({
    page
  }) => {
    // The suite serves the site at 127.0.0.1 without a public URL: the snippets stay relative after hydration.
    await expect(page.locator('#downloads button').first()).toBeEnabled();
    for (const area of await page.locator('#downloads textarea').all())
      expect(await area.inputValue()).not.toMatch(/\/\/(127\.|localhost|\[::1\])/);
    await expect(page.locator('#downloads textarea').first()).toHaveValue(/<iframe src="\/en\/embed\//);
  });

  test('without JavaScript the CSV links and the snippets are there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/charts/cloud-iaas-share-2024h2');
    const section = page.locator('#downloads');
    await expect(section.getByRole('heading', { name: '下载与嵌入' })).toBeVisible();
    await expect(section.locator('a[href="/charts/cloud-iaas-share-2024h2.csv"]')).toBeVisible();
    await expect(section.locator('a[href="/data/figures.csv"]')).toBeVisible();
    await expect(section.locator('textarea').first()).toHaveValue(
      /<iframe src="[^"]*\/embed\/cloud-iaas-share-2024h2"/
    );
    await expect(section.locator('textarea').nth(1)).toHaveValue(
      /<img src="\/charts\/cloud-iaas-share-2024h2\.png"/
    );
    await expect(section.getByRole('button').first()).toBeDisabled();
    await context.close();
  });
});
