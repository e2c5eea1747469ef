/**
 * The colours of an exported slide in each theme: the site's own palette (src/app.css), written out because
 * a file carries no CSS variables. PPTX takes them without the `#`.
 */
export type SlideTheme = 'light' | 'dark';

export type SlidePalette = {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  accent: string;
  /** The highlight colour (the chart's highlighted figure, the second series). */
  accent2: string;
  warn: string;
  /** Colours of up to four series. */
  series: readonly string[];
};

export const PALETTES: Readonly<Record<SlideTheme, SlidePalette>> = {
  light: {
    bg: '#ffffff',
    fg: '#1d1f23',
    muted: '#5b6068',
    rule: '#d9d6cf',
    accent: '#2f5f98',
    accent2: '#b4462e',
    warn: '#a4501c',
    series: ['#2f5f98', '#b4462e', '#2e7d4f', '#a4501c']
  },
  dark: {
    bg: '#15171a',
    fg: '#e8e6e1',
    muted: '#a3a8b0',
    rule: '#3a3d42',
    accent: '#86b2e6',
    accent2: '#f08a6e',
    warn: '#f2a65a',
    series: ['#86b2e6', '#f08a6e', '#6fcf97', '#f2a65a']
  }
};

/**
 * The font stack of an exported image, named (an office program does not resolve `system-ui`), with
 * Chinese fonts for Linux, Adobe, macOS and Windows. Chinese slides put them first (their punctuation is
 * full-width); English slides put Latin fonts first, so that ’ and “ keep Latin widths.
 */
const CJK_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'";
const LATIN_FONTS = "'Helvetica Neue', Arial, 'Liberation Sans'";

export function slideFont(lang: string): string {
  return lang.startsWith('zh')
    ? `${CJK_FONTS}, ${LATIN_FONTS}, sans-serif`
    : `${LATIN_FONTS}, ${CJK_FONTS}, sans-serif`;
}
