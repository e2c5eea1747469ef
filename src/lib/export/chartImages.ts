import { langPath } from '../i18n';
import type { Lang } from '../schema';
import type { SlideTheme } from './slideTheme';

/** One image of a chart made at build time: its file name after the chart's id, its size and its colours. */
export type ChartImage = {
  /** After the chart's id: `/charts/ID${suffix}.${ext}`. */
  suffix: '' | '-dark' | '-4x3' | '-4x3-dark' | '-preview';
  ext: 'png' | 'svg';
  width: number;
  height: number;
  theme: SlideTheme;
};

/**
 * Every chart's images, made at build time in both languages (`/charts/…` in Chinese, `/en/charts/…` in
 * English), at stable addresses a slide program, an e-mail or a link preview can load: the 16:9 slide as
 * SVG and PNG and the 4:3 slide, each also dark for dark decks, and the 1200 × 630 link preview. Each carries
 * the title, legend, notes, source line and, when the site has a public address, the chart's URL.
 */
export const CHART_IMAGES: readonly ChartImage[] = [
  { suffix: '', ext: 'png', width: 1920, height: 1080, theme: 'light' },
  { suffix: '-4x3', ext: 'png', width: 1600, height: 1200, theme: 'light' },
  { suffix: '-dark', ext: 'png', width: 1920, height: 1080, theme: 'dark' },
  { suffix: '-4x3-dark', ext: 'png', width: 1600, height: 1200, theme: 'dark' },
  { suffix: '-preview', ext: 'png', width: 1200, height: 630, theme: 'light' },
  { suffix: '', ext: 'svg', width: 1920, height: 1080, theme: 'light' },
  { suffix: '-dark', ext: 'svg', width: 1920, height: 1080, theme: 'dark' }
];

/** The link preview of a figure page: its first chart with the figure highlighted. */
export const FIGURE_PREVIEW = { width: 1200, height: 630, theme: 'light' } as const;

/** The path of a chart's image within the site (before the base path): `/en/charts/ID-4x3.png`. */
export function chartImagePath(lang: Lang, id: string, image: Pick<ChartImage, 'suffix' | 'ext'>): string {
  return langPath(lang, `/charts/${id}${image.suffix}.${image.ext}`);
}

/** The path of a figure page's preview image: `/figures/ID.png`, `/en/figures/ID.png`. */
export function figureImagePath(lang: Lang, id: string): string {
  return langPath(lang, `/figures/${id}.png`);
}

/** The image named by a file name under /charts (`ID-4x3.png`), given the chart ids there are. */
export function parseChartImage(
  file: string,
  ids: Pick<ReadonlySet<string>, 'has'>
): { id: string; image: ChartImage } | null {
  for (const image of CHART_IMAGES) {
    const tail = `${image.suffix}.${image.ext}`;
    if (!file.endsWith(tail)) continue;
    const id = file.slice(0, -tail.length);
    if (ids.has(id)) return { id, image };
  }
  return null;
}
