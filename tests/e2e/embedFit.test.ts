import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { embedSnippet } from '../../src/lib/export/embedSnippet';

/**
 * An embed in a page of another origin, framed with the snippet the chart page gives out, its frame made
 * wider and narrower: the chart must be laid out again for each width (labels readable at a phone's width,
 * not cut at a desktop's), and the frame must follow the content's height both ways, with no blank band.
 */
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  const site = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
  host = createServer((req, res) => {
    const [, lang, id] = /^\/(zh|en)\/([\w-]+)$/.exec(req.url ?? '') ?? [];
    if (!lang || !id) return void res.writeHead(404).end();
    const snippet = embedSnippet(id, lang as 'zh' | 'en', id, site);
    const page = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:8px"><h1>A host article</h1>${snippet}<p>After the chart.</p></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

type Fit = {
  frame: number;
  content: number;
  fonts: number[];
  cut: string[];
  overflow: number;
  shown: number;
};

/** Sets the frame's width, waits until its height settles on the content's, and measures what shows. */
async function fitAt(page: Page, width: number): Promise<Fit> {
  await page.evaluate((w) => {
    document.querySelector<HTMLIFrameElement>('iframe')!.style.width = `${w}px`;
  }, width);
  const frame = page.frameLocator('iframe');
  const measure = async (): Promise<Fit> => {
    const box = (await page.locator('iframe').boundingBox())!;
    const inner = await frame.locator('html').evaluate((html) => {
      const svgs = [...html.querySelectorAll('figure.chart .plot > svg')].filter(
        (s) => s.getBoundingClientRect().width > 0
      ) as SVGSVGElement[];
      const fonts: number[] = [];
      const cut: string[] = [];
      let overflow = 0;
      for (const svg of svgs) {
        const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.width === 0 || !t.textContent?.trim()) continue;
          fonts.push(parseFloat(getComputedStyle(t).fontSize) * k);
          if (t.textContent.includes('…')) cut.push(t.textContent);
          overflow = Math.max(overflow, r.right - html.clientWidth, -r.left);
        }
      }
      return { content: html.getBoundingClientRect().height, fonts, cut, overflow, shown: svgs.length };
    });
    return { frame: box.height, ...inner };
  };
  await expect
    .poll(async () => {
      const m = await measure();
      return Math.abs(m.frame - m.content) <= 1;
    })
    .toBe(true);
  return measure();
}

for (const [lang, id] of [
  ['en', 'timeline-amazon-china'],
  ['zh', 'timeline-amazon-china'],
  ['en', 'people-headcounts'],
  ['zh', 'compute-gap']
] as const) {
  test(`${lang} embed ${id}: laid out for its frame’s width, its frame following its height both ways`, async ({
    page
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${hostOrigin}/${lang}/${id}`);
    await expect(page.frameLocator('iframe').locator('figure.chart svg a').first()).toBeAttached();
    const fits: Record<string, Fit> = {};
    for (const [step, width] of [
      ['wide', 1280],
      ['narrow', 390],
      ['middle', 700],
      ['narrow again', 390],
      ['wide again', 1280]
    ] as const) {
      const fit = await fitAt(page, width);
      fits[step] = fit;
      const where = `${lang} ${id} at ${width} px (${step})`;
      // One chart on show, its frame as tall as its content: no blank band, nothing cut off below.
      expect(fit.shown, where).toBe(1);
      expect(fit.frame - fit.content, where).toBeLessThanOrEqual(24);
      expect(fit.content - fit.frame, where).toBeLessThanOrEqual(1);
      // No label pushed out of the frame, none cut short where there is room; type readable on a phone.
      if (width === 1280) expect(fit.cut, where).toEqual([]);
      expect(fit.overflow, where).toBeLessThanOrEqual(1);
      expect(Math.min(...fit.fonts), where).toBeGreaterThanOrEqual(11);
      if (width === 1280) expect(Math.max(...fit.fonts), where).toBeLessThanOrEqual(16);
    }
    // The frame grew when narrowed and shrank back when widened.
    expect(fits.narrow!.frame).not.toBe(fits.wide!.frame);
    expect(fits['wide again']!.frame).toBeCloseTo(fits.wide!.frame, 0);
    expect(fits['narrow again']!.frame).toBeCloseTo(fits.narrow!.frame, 0);
    expect(errors).toEqual([]);
  });
}
