import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './staticServer';

export type LighthouseRow = {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's four category scores (0–100, its default mobile profile with simulated throttling) for pages of
 * a build served on 127.0.0.1, in Debian's Chromium launched by chrome-launcher.
 */
export async function lighthouseScores(
  buildDir: string,
  port: number,
  pages: string[]
): Promise<LighthouseRow[]> {
  const server = await serveStatic(buildDir, port);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const page of pages) {
      const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES
      });
      const c = result?.lhr.categories;
      const score = (id: string) => Math.round((c?.[id]?.score ?? 0) * 100);
      rows.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo')
      });
    }
    return rows;
  } finally {
    chrome.kill();
    await new Promise((r) => server.close(r));
  }
}
