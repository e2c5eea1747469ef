import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';

/**
 * Every SVG and PPTX the chart pages make, for every chart, in both languages and both themes, opened in
 * LibreOffice (standing in for the office programs journalists use) and rendered to PNG: the pictures must
 * not be blank, the labels must not sit under dark bands (an SVG with `fill="rgba(0, 0, 0, 0)"` hover
 * rectangles rendered them black), and a bar chart's PPTX must keep its native chart through LibreOffice's
 * import. LibreOffice runs with a private profile per run, so parallel runs do not collide.
 */

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const LANGS = ['zh', 'en'] as const;
const NATIVE = new Set(['bar', 'grouped-bar']);
const charts = JSON.parse(readFileSync('data/charts.json', 'utf8')) as { id: string; type: string }[];

test.describe.configure({ mode: 'serial' });
test.skip(!existsSync('/usr/bin/soffice'), 'LibreOffice (soffice) is not installed');

const profile = join(tmpdir(), `cited-figures-lo-profile-${process.pid}-${Date.now()}`);

function soffice(args: string[]) {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], {
    stdio: 'pipe',
    timeout: 900_000
  });
}

type Box = { x: number; y: number; w: number; h: number; text: string };

/** The boxes of every text of an SVG file, as Chromium lays it out at its own size. */
async function labelBoxes(page: Page, file: string): Promise<{ width: number; boxes: Box[] }> {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`file://${file}`);
  return page.evaluate(() => {
    const root = document.documentElement as unknown as SVGSVGElement;
    const boxes = [...document.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, text: t.textContent ?? '' };
    });
    // Only boxes the ink sampling (every fifth pixel) can see: the 25-row timelines' 7–9 px tick labels are
    // drawn (looked at in LibreOffice's PNG) but too thin to be counted reliably.
    return { width: Number(root.getAttribute('width')), boxes: boxes.filter((b) => b.w > 10 && b.h > 10) };
  });
}

type Seen = { colours: number; ink: number; boxes: { text: string; ink: number }[] };

/**
 * What LibreOffice drew, measured in the browser: distinct colours (on a grid), the share of pixels that
 * differ from the background, and per text box (scaled from the SVG's size to the picture's) the share of
 * pixels darker than mid-grey on a light slide (lighter on a dark one). A label is about a third ink; under a
 * black band it is all ink.
 */
async function measure(
  page: Page,
  file: string,
  boxes: Box[],
  svgWidth: number,
  theme: Theme
): Promise<Seen> {
  return page.evaluate(
    async ({ b64, boxes, svgWidth, light }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      // The page may be showing an SVG file (labelBoxes): the canvas must be an HTML element.
      const c = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const lum = (i: number) => 0.2126 * (d[i] ?? 0) + 0.7152 * (d[i + 1] ?? 0) + 0.0722 * (d[i + 2] ?? 0);
      const bg = lum(0);
      const seen = new Set<number>();
      let ink = 0;
      let n = 0;
      for (let i = 0; i < d.length; i += 4 * 5) {
        seen.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
        if (Math.abs(lum(i) - bg) > 40) ink++;
        n++;
      }
      const k = c.width / (svgWidth || c.width);
      const inBox = (b: { x: number; y: number; w: number; h: number }) => {
        let hit = 0;
        let all = 0;
        for (let y = Math.floor(b.y * k); y < Math.ceil((b.y + b.h) * k) && y < c.height; y++) {
          for (let x = Math.floor(b.x * k); x < Math.ceil((b.x + b.w) * k) && x < c.width; x++) {
            const l = lum(4 * (y * c.width + x));
            if (light ? l < 128 : l > 128) hit++;
            all++;
          }
        }
        return all ? hit / all : 0;
      };
      return {
        colours: seen.size,
        ink: ink / n,
        boxes: boxes.map((b) => ({ text: b.text, ink: inBox(b) }))
      };
    },
    { b64: readFileSync(file).toString('base64'), boxes, svgWidth, light: theme === 'light' }
  );
}

test('every chart’s SVG and PPTX, in both languages and themes, render in LibreOffice', async ({
  page
}, info) => {
  test.setTimeout(30 * 60_000);
  const dir = info.outputPath('office');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'png'), { recursive: true });
  const files: { file: string; id: string; type: string; theme: Theme }[] = [];
  for (const lang of LANGS) {
    for (const c of charts) {
      await page.goto(`${lang === 'en' ? '/en' : ''}/charts/${c.id}`);
      const section = page.locator('#downloads');
      for (const theme of THEMES) {
        await section.locator(`input[value="${theme}"]`).check();
        for (const name of [/SVG/, /PowerPoint/]) {
          // The SVG is a link to the file made at build time; the PPTX is drawn on click.
          const button = section.getByRole('button', { name }).or(section.getByRole('link', { name }));
          await expect(button).toBeEnabled();
          const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
          // The SVG and the PPTX of a chart would both become NAME.png: the extension goes into the name too.
          const [stem, ext] = download.suggestedFilename().split('.');
          const file = join(dir, `${theme}-${stem}-${ext}.${ext}`);
          await download.saveAs(file);
          files.push({ file, id: c.id, type: c.type, theme });
        }
      }
    }
  }
  expect(files).toHaveLength(charts.length * 2 * 2 * 2);

  // One LibreOffice run for all of them: the SVGs open in Draw, the PPTX files in Impress.
  soffice(['--convert-to', 'png', '--outdir', join(dir, 'png'), ...files.map((f) => f.file)]);
  const pptxNative = files.filter((f) => f.file.endsWith('.pptx') && NATIVE.has(f.type));
  soffice(['--convert-to', 'odp', '--outdir', join(dir, 'odp'), ...pptxNative.map((f) => f.file)]);

  const problems: string[] = [];
  for (const f of files) {
    const png = join(dir, 'png', basename(f.file).replace(/\.\w+$/, '.png'));
    if (!existsSync(png)) {
      problems.push(`${basename(f.file)}: LibreOffice made no picture`);
      continue;
    }
    const { width, boxes } = f.file.endsWith('.svg')
      ? await labelBoxes(page, f.file)
      : { width: 0, boxes: [] };
    const seen = await measure(page, png, boxes, width, f.theme);
    const name = basename(f.file);
    if (seen.colours < 12 || seen.ink < 0.01)
      problems.push(`${name}: blank (${seen.colours} colours, ${seen.ink})`);
    const banded = seen.boxes.filter((b) => b.ink > 0.75);
    if (banded.length)
      problems.push(`${name}: dark bands under ${banded.map((b) => `"${b.text}"`).join(', ')}`);
    const bare = seen.boxes.filter((b) => b.ink < 0.005);
    if (bare.length > seen.boxes.length * 0.1)
      problems.push(`${name}: ${bare.length} of ${seen.boxes.length} texts not drawn`);
  }
  for (const f of pptxNative) {
    const odp = join(dir, 'odp', basename(f.file).replace(/\.pptx$/, '.odp'));
    const zip = await JSZip.loadAsync(readFileSync(odp));
    const objects = Object.keys(zip.files).filter((n) => /^Object \d+\/content\.xml$/.test(n));
    const chart = objects.length ? await zip.file(objects[0] ?? '')?.async('string') : '';
    if (!chart?.includes('<chart:chart')) problems.push(`${basename(f.file)}: no native chart after import`);
  }
  expect(problems).toEqual([]);
  expect(readdirSync(join(dir, 'png')).length).toBe(files.length);
});

test.afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
});
