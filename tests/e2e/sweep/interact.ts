import type { Page } from '@playwright/test';
import { chartsHydrated, type Finding } from './inspect';

/** Slides a reader actually sees: rendered (not merely un-`hidden`) and inside the window. */
function visibleSlides(): string[] {
  return [...document.querySelectorAll('section.slide')]
    .filter((s) => {
      const r = s.getBoundingClientRect();
      return s.checkVisibility() && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    })
    .map((s) => s.getAttribute('aria-label') ?? s.querySelector('.chart-title')?.textContent ?? '?');
}

/** /present: exactly one slide on screen, and → puts a different single slide there. */
export async function presentFindings(page: Page, url: string): Promise<Finding[]> {
  await page.goto(url);
  await page.waitForFunction(chartsHydrated, undefined, { timeout: 30_000, polling: 100 });
  const before = await page.evaluate(visibleSlides);
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.evaluate(visibleSlides);
  const out: Finding[] = [];
  if (before.length !== 1)
    out.push({
      check: 'present-slide',
      detail: `${before.length} slides on screen at load (${before.slice(0, 3).join(', ')})`
    });
  if (after.length !== 1 || after[0] === before[0])
    out.push({
      check: 'present-slide',
      detail: `after → ${after.length} slides on screen (${after.slice(0, 3).join(', ')}), before: ${before[0] ?? 'none'}`
    });
  return out;
}

const fits = (h: { frame: number; content: number }): boolean =>
  h.frame >= h.content - 2 && h.frame - h.content <= SLACK;

/** The host page's frame height and the framed document's true content height, in CSS px. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  const frame = page.frames().find((f) => f.url().includes('/embed/'));
  const box = await page.locator('#f').boundingBox();
  const content = await frame!.evaluate(() => {
    const body = document.body;
    const cs = getComputedStyle(body);
    // SvelteKit wraps pages in `display: contents` elements, which have no box: take the lowest box drawn.
    let bottom = 0;
    for (const el of body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.height > 0) bottom = Math.max(bottom, r.bottom);
    }
    return Math.ceil(bottom + window.scrollY + parseFloat(cs.paddingBottom) + parseFloat(cs.marginBottom));
  });
  return { frame: Math.round(box?.height ?? 0), content };
}

/** Blank allowed under the chart (its own bottom margin); the defect it catches left 200–780 px. */
const SLACK = 24;

/**
 * An embed framed by a page of another origin that resizes the frame narrower and wider: after every
 * resize the frame's height (set from the embed's messages) must fit the chart's true height, never cutting
 * it and leaving at most a margin under it, so it grows and shrinks with the re-laid-out chart.
 */
export async function embedFindings(page: Page, hostUrl: string): Promise<Finding[]> {
  await page.goto(hostUrl);
  // The embed holds one layout per width and shows one; wait for a mark of the layout on show.
  await page.frameLocator('#f').locator('figure.chart svg a.mark:visible').first().waitFor();
  const out: Finding[] = [];
  const seen: string[] = [];
  for (const width of [640, 340, 1100, 340]) {
    await page.locator('#f').evaluate((f, w) => ((f as HTMLElement).style.width = `${w}px`), width);
    // Give the embed time to re-lay out and report, then settle on what it reported.
    let h = await heights(page);
    for (let i = 0; i < 20 && !fits(h); i++) {
      await page.waitForTimeout(100);
      h = await heights(page);
    }
    seen.push(`${width} px wide: frame ${h.frame} px, content ${h.content} px`);
    if (!fits(h))
      out.push({
        check: 'embed-height',
        detail: `at ${width} px the frame is ${h.frame} px tall for ${h.content} px of chart`
      });
  }
  return out.map((f) => ({ ...f, detail: `${f.detail} (${seen.join('; ')})` }));
}

/** A page on another origin that frames an embed and sizes the frame from its height messages. */
export function hostPage(site: string, embedPath: string): string {
  return `<!doctype html><html><body style="margin:0">
    <iframe id="f" src="${site}${embedPath}" style="width:640px;border:0;display:block" height="560"></iframe>
    <script>addEventListener('message',function(e){if(e.origin==='${site}'&&e.data&&e.data.type==='cited-figures:height')document.getElementById('f').style.height=e.data.height+'px'})</script>
  </body></html>`;
}
