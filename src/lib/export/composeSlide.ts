import { emWidth, wrapText } from './wrapText';

export type SlideOptions = {
  /** The chart's own SVG markup with its styles inlined (standalone: no CSS classes left to resolve). */
  chartSvg: string;
  /** The chart SVG's viewBox size, to keep its aspect ratio. */
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  /** The "Source:" line from sourceLine(). */
  source: string;
  /** The chart's page on the site (absolute, from the configured site URL). */
  url: string;
  /** BCP 47 tag of the chart's language. */
  lang: string;
  width: number;
  height: number;
  theme: 'light' | 'dark';
};

const FONT =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Wraps text to `maxEm`, then makes sure no line runs off the slide: wrapText's estimate of a Latin letter or
 * digit (0.55em) is short for bold text and wide fallback fonts, so each non-CJK character is counted `extra`
 * em wider, and the text is wrapped tighter while any line is too long. CJK widths (1em) are exact, so a
 * Chinese title keeps its full width.
 */
function fit(text: string, maxEm: number, extra: number): string[] {
  const wide = (line: string) =>
    emWidth(line) + extra * [...line].filter((c) => emWidth(c) < 1 && c.trim() !== '').length;
  let budget = maxEm;
  let rows = wrapText(text, budget);
  for (let i = 0; i < 12; i++) {
    const over = Math.max(0, ...rows.map(wide)) - maxEm;
    if (over <= 0) break;
    budget -= Math.max(0.5, over);
    rows = wrapText(text, budget);
  }
  return rows;
}

/**
 * A standalone SVG slide: title and subtitle wrapped to the slide's width (between characters for Chinese),
 * the chart scaled to fit the space left, and the source line and the chart's URL at the foot, so the
 * provenance travels with the image. Valid XML; `lang` set on the root.
 */
export function composeSlide(o: SlideOptions): string {
  const pad = Math.round(o.width * 0.045);
  const titleSize = Math.round(o.height * 0.05);
  const subSize = Math.round(titleSize * 0.55);
  const footSize = Math.round(titleSize * 0.42);
  const inner = o.width - 2 * pad;
  const title = fit(o.title, inner / titleSize, 0.15);
  const subtitle = fit(o.subtitle, inner / subSize, 0.07);
  const source = fit(o.source, inner / footSize, 0.07);
  const fg = o.theme === 'dark' ? '#e8e6e1' : '#1d1f23';
  const muted = o.theme === 'dark' ? '#a3a8b0' : '#5b6068';
  const bg = o.theme === 'dark' ? '#15171a' : '#ffffff';

  let y = pad;
  const lines: string[] = [];
  const text = (rows: string[], size: number, color: string, weight = 400) => {
    for (const row of rows) {
      y += size * 1.25;
      lines.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${esc(row)}</text>`
      );
    }
  };
  text(title, titleSize, fg, 700);
  y += subSize * 0.35;
  text(subtitle, subSize, muted);
  const top = y + subSize;
  // No public URL configured: no address row (never a loopback one).
  const urlRows = o.url ? [o.url] : [];
  const footHeight = (source.length + urlRows.length) * footSize * 1.3 + pad * 0.5;
  const boxW = o.width - 2 * pad;
  const boxH = Math.max(10, o.height - top - footHeight - pad * 0.5);
  const k = Math.min(boxW / o.chartWidth, boxH / o.chartHeight);
  const cw = o.chartWidth * k;
  const ch = o.chartHeight * k;
  y = o.height - footHeight;
  const foot: string[] = [];
  for (const row of [...source, ...urlRows]) {
    y += footSize * 1.3;
    foot.push(
      `<text x="${pad}" y="${y.toFixed(1)}" font-size="${footSize}" fill="${muted}">${esc(row)}</text>`
    );
  }
  // The chart's own size attributes give way to its place on the slide (centred in the space between the
  // heading and the foot); its viewBox keeps the proportions.
  const place = `x="${(pad + (boxW - cw) / 2).toFixed(1)}" y="${(top + (boxH - ch) / 2).toFixed(1)}" width="${cw.toFixed(1)}" height="${ch.toFixed(1)}"`;
  const chart = o.chartSvg.trim().replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    return `<svg${attrs.replace(/\s(?:width|height|x|y)="[^"]*"/g, '')} ${place}>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" lang="${esc(o.lang)}" xml:lang="${esc(o.lang)}" font-family="${esc(FONT)}">`,
    `<title>${esc(o.title)}</title>`,
    `<desc>${esc([o.subtitle, o.source, o.url].filter(Boolean).join(' '))}</desc>`,
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    ...lines,
    chart,
    ...foot,
    '</svg>'
  ].join('\n');
}
