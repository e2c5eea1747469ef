/**
 * npm run shots [-- --only PATH-SUBSTRING] [--readme] [--out DIR]
 *
 * Screenshots of every page type in every variant (390 and 1280 px, zh and en, light and dark) of the
 * built site, to look at before calling a page done: `shots/LANG-WIDTH-THEME/PAGE.png` (gitignored). Pages
 * taller than 6,000 px are cut there. Builds nothing: run `npm run build` first. Then regenerates the
 * README's screenshots in docs/screenshots/ from the chosen subset below (not with --only; --readme makes
 * only those).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from './shots/serveStatic';
import {
  VARIANTS,
  heightFor,
  localPath,
  sweepPages,
  variantName,
  type Variant
} from '../tests/e2e/sweep/pages';

/** The README's screenshots: which page, in which variant, and the part of it a reader should see. */
const README_SHOTS: { file: string; path: string; variant: Variant; selector?: string }[] = [
  { file: 'home-en', path: '/', variant: { lang: 'en', width: 1280, theme: 'light' } },
  { file: 'home-zh', path: '/', variant: { lang: 'zh', width: 1280, theme: 'light' } },
  { file: 'charts-en', path: '/charts', variant: { lang: 'en', width: 1280, theme: 'light' } },
  {
    file: 'chart-money-amounts-en',
    path: '/charts/money-amounts',
    variant: { lang: 'en', width: 1280, theme: 'light' },
    selector: 'figure.chart'
  },
  {
    file: 'chart-money-amounts-zh',
    path: '/charts/money-amounts',
    variant: { lang: 'zh', width: 1280, theme: 'light' },
    selector: 'figure.chart'
  },
  {
    file: 'chart-timeline-amazon-china-en',
    path: '/charts/timeline-amazon-china',
    variant: { lang: 'en', width: 1280, theme: 'dark' },
    selector: 'figure.chart'
  },
  {
    file: 'chart-timeline-amazon-china-zh',
    path: '/charts/timeline-amazon-china',
    variant: { lang: 'zh', width: 1280, theme: 'light' },
    selector: 'figure.chart'
  },
  {
    file: 'downloads-en',
    path: '/charts/compute-gap',
    variant: { lang: 'en', width: 1280, theme: 'light' },
    selector: '#downloads'
  },
  { file: 'present-en', path: '/present', variant: { lang: 'en', width: 1280, theme: 'dark' } },
  {
    file: 'figure-en',
    path: '/figures/idc-iaas-share-2024h2-alibaba',
    variant: { lang: 'en', width: 1280, theme: 'light' }
  }
];

const MAX_HEIGHT = 6000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The file name of a page: "/" is home, "/charts/x" is charts-x. */
const slug = (path: string): string => (path === '/' ? 'home' : path.slice(1).replaceAll('/', '-'));

async function load(page: Page, origin: string, path: string, v: Variant): Promise<void> {
  await page.setViewportSize({ width: v.width, height: heightFor(v.width) });
  await page.emulateMedia({ colorScheme: v.theme });
  await page.goto(origin + localPath(path, v.lang), { waitUntil: 'load' });
  // Hydrated charts drop their <title> fallbacks; embeds have no app script and are complete at load.
  await page
    .waitForFunction(() => document.querySelector('figure.chart svg a.mark > title') === null, undefined, {
      timeout: 10_000
    })
    .catch(() => console.warn(`shots: ${path} (${variantName(v)}) did not hydrate in 10 s`));
  await page.evaluate(() => document.fonts.ready.then(() => null));
}

async function main(): Promise<void> {
  if (!existsSync('build/index.html'))
    throw new Error('shots: no build/index.html; run `npm run build` first');
  const only = arg('--only');
  const outDir = arg('--out') ?? 'shots';
  const readmeOnly = process.argv.includes('--readme');
  const pages = readmeOnly ? [] : sweepPages().filter((p) => !only || p.path.includes(only));
  const { server, origin } = await serveStatic('build');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  });
  const started = Date.now();
  try {
    const page = await browser.newPage();
    const total = pages.length * VARIANTS.length;
    let n = 0;
    for (const v of VARIANTS) {
      const dir = `${outDir}/${v.lang}-${v.width}-${v.theme}`;
      mkdirSync(dir, { recursive: true });
      for (const p of pages) {
        await load(page, origin, p.path, v);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = `${dir}/${slug(p.path)}.png`;
        await page.screenshot({
          path: file,
          fullPage: height <= MAX_HEIGHT,
          clip: height > MAX_HEIGHT ? { x: 0, y: 0, width: v.width, height: MAX_HEIGHT } : undefined
        });
        n++;
        const secs = ((Date.now() - started) / 1000).toFixed(0);
        console.log(
          `shots: [${n}/${total}] ${secs} s ${variantName(v)} ${localPath(p.path, v.lang)} → ${file}`
        );
      }
    }
    if (!only) {
      mkdirSync('docs/screenshots', { recursive: true });
      for (const s of README_SHOTS) {
        await load(page, origin, s.path, s.variant);
        const file = `docs/screenshots/${s.file}.png`;
        if (s.selector) await page.locator(s.selector).first().screenshot({ path: file });
        else await page.screenshot({ path: file });
        console.log(`shots: README ${file} (${variantName(s.variant)} ${localPath(s.path, s.variant.lang)})`);
      }
    }
    console.log(`shots: ${n} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s in ${outDir}/`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
