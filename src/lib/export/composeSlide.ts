import { officeSafeSvg } from './officeSafeSvg';
import { PALETTES, slideFont, type SlideTheme } from './slideTheme';
import { textWidth, wrapText as wrapLines } from '../charts/text';

/** A legend entry as drawn on a slide: the kit's own 30 × 14 drawing of the mark, and its meaning. */
export type SlideLegendItem = { glyph: string; label: string };

export type SlideText = {
  title: string;
  subtitle: string;
  legend: SlideLegendItem[];
  /** The chart's notes, and what the primary records say where they differ (slideNotes). */
  notes: string[];
  /** The "Source:" line from sourceLine(). */
  source: string;
  /** The chart's page on the site when a public address is configured; '' prints none. */
  url: string;
  /** BCP 47 tag of the chart's language. */
  lang: string;
  theme: SlideTheme;
};

type Box = { x: number; y: number; w: number; h: number };

/** Where everything but the chart goes on a slide, and the frame left for the chart. */
export type SlidePlan = {
  width: number;
  height: number;
  /** The type unit (typeUnit): 1 on a 1920 × 1080 slide. */
  u: number;
  /** The frame of the chart: it fills the width; notes follow under it, the source sits at the foot. */
  box: Box;
  /** The largest scale of the chart's type (13-unit labels at 2 × on a 1920 × 1080 slide). */
  maxScale: number;
  head: string[];
  /** Note lines with their column's x; two columns when the notes run longer than two lines. */
  notes: { size: number; rows: { text: string; x: number; line: number }[]; height: number };
  foot: string[];
  text: SlideText;
};

/** The chart drawn for a slide: its SVG (styles inlined), the width it was laid out at, and its scale. */
export type SlideChart = { svg: string; width: number; height: number; scale: number };

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Breaks text into lines no wider than `width` px at `size` px, with the chart kit's own text measure (per
 * character, on the generous side, so that a line never runs off the slide); bold runs about 8% wider.
 */
function fit(text: string, width: number, size: number, bold = false): string[] {
  return wrapLines(text, width, bold ? size * 1.08 : size);
}

/** A slide's type unit: 1 on a 1920 × 1080 slide, scaled with the slide's area (a 52 px title on 1080 lines). */
export const typeUnit = (width: number, height: number) => Math.sqrt((width * height) / (1920 * 1080));

/**
 * Everything on a slide but the chart, at type unit `u` on a slide `width` wide, measured apart from the
 * slide's height: the margin, the heading and legend above the chart's frame (`top`) and the notes and foot
 * under it (`below`, the margin included). Everything scales with `u` but where a line breaks, so the
 * 2× screen slide solves for its size from these (twiceScreen) instead of trying sizes.
 */
export function slideLayout(text: SlideText, width: number, u: number) {
  const p = PALETTES[text.theme];
  const pad = Math.round(64 * u);
  const inner = width - 2 * pad;
  const size = { title: 52 * u, sub: 28 * u, legend: 24 * u, note: 20 * u, foot: 21 * u };
  const head: string[] = [];
  let y = 48 * u;
  const rows = (lines: string[], s: number, color: string, weight = 400, lh = 1.28) => {
    const out: string[] = [];
    for (const line of lines) {
      y += s * lh;
      out.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${s.toFixed(1)}" font-weight="${weight}" fill="${color}">${esc(line)}</text>`
      );
    }
    return out;
  };
  head.push(...rows(fit(text.title, inner, size.title, true), size.title, p.fg, 700, 1.22));
  y += 6 * u;
  head.push(...rows(fit(text.subtitle, inner, size.sub), size.sub, p.muted));
  y += 14 * u;
  head.push(
    ...legendRows(
      text.legend,
      pad,
      inner,
      size.legend,
      p.fg,
      () => y,
      (v) => (y = v)
    )
  );
  const footLines = fit(text.source, inner, size.foot);
  const footH = (footLines.length + (text.url ? 1 : 0)) * size.foot * 1.3;
  const noteRows = noteColumns(text.notes, pad, inner, size.note, 24 * u);
  const lines = Math.max(0, ...noteRows.map((r) => r.line + 1));
  const notesH = lines ? lines * size.note * 1.3 + 18 * u : 0;
  return {
    u,
    pad,
    inner,
    head,
    top: y + 22 * u,
    footLines,
    footSize: size.foot,
    footH,
    notes: { size: size.note, rows: noteRows, height: notesH },
    below: pad * 0.75 + footH + 16 * u + notesH
  };
}

/**
 * Lays out a slide of `width` × `height`: title, subtitle and legend at the top, the source line and URL at
 * the foot, the notes above them, and the frame that is left for the chart. Type is sized for the frame
 * (`u`, by default the slide's area: typeUnit), not for a screen.
 */
export function planSlide(
  text: SlideText,
  width: number,
  height: number,
  u = typeUnit(width, height)
): SlidePlan {
  const p = PALETTES[text.theme];
  const l = slideLayout(text, width, u);
  const size = l.footSize;
  let fy = height - l.pad * 0.75 - l.footH;
  const foot: string[] = [];
  for (const line of l.footLines) {
    fy += size * 1.3;
    foot.push(
      `<text x="${l.pad}" y="${fy.toFixed(1)}" font-size="${size.toFixed(1)}" fill="${p.muted}">${esc(line)}</text>`
    );
  }
  if (text.url) {
    fy += size * 1.3;
    foot.push(
      `<a xlink:href="${esc(text.url)}"><text x="${l.pad}" y="${fy.toFixed(1)}" font-size="${size.toFixed(1)}" fill="${p.accent}">${esc(text.url)}</text></a>`
    );
  }
  return {
    width,
    height,
    u,
    box: { x: l.pad, y: l.top, w: l.inner, h: Math.max(40 * u, height - l.below - l.top) },
    maxScale: 2 * u,
    head: l.head,
    notes: l.notes,
    foot,
    text
  };
}

/**
 * Notes set in one column, or in two (filled note by note, the first column the longer) when they run past
 * two lines: the chart keeps more of the frame.
 */
function noteColumns(notes: string[], pad: number, inner: number, size: number, gap: number) {
  const one = notes.map((n) => fit(n, inner, size));
  if (one.flat().length <= 2) return one.flat().map((text, line) => ({ text, x: pad, line }));
  const half = (inner - gap) / 2;
  const wrapped = notes.map((n) => fit(n, half, size));
  const total = wrapped.flat().length;
  const rows: { text: string; x: number; line: number }[] = [];
  let line = 0;
  let x = pad;
  for (const note of wrapped) {
    if (x === pad && line > 0 && line + note.length / 2 > total / 2) {
      x = pad + half + gap;
      line = 0;
    }
    for (const text of note) rows.push({ text, x, line: line++ });
  }
  return rows;
}

/** Legend entries flowed in rows across the slide: the kit's glyph scaled to the type, then the label. */
function legendRows(
  items: SlideLegendItem[],
  pad: number,
  inner: number,
  size: number,
  color: string,
  getY: () => number,
  setY: (y: number) => void
): string[] {
  if (!items.length) return [];
  const g = size / 14;
  const out: string[] = [];
  let x = pad;
  let y = getY() + size * 1.35;
  for (const item of items) {
    const w = 30 * g + 0.4 * size + textWidth(item.label, size);
    if (x > pad && x + w > pad + inner) {
      x = pad;
      y += size * 1.45;
    }
    out.push(
      `<g transform="translate(${x.toFixed(1)} ${(y - 12 * g).toFixed(1)}) scale(${g.toFixed(3)})">${item.glyph}</g>`,
      `<text x="${(x + 30 * g + 0.4 * size).toFixed(1)}" y="${y.toFixed(1)}" font-size="${size.toFixed(1)}" fill="${color}">${esc(item.label)}</text>`
    );
    x += w + 1.3 * size;
  }
  setY(y + size * 0.35);
  return out;
}

/**
 * The largest scale (up to the plan's) at which the chart, laid out at the frame's width divided by the
 * scale, fits the frame's height. `heightAt` is the chart kit's layout height at a width (chartSize). The
 * layout width is a whole number, so that a browser laying the chart out in a box of that width agrees.
 * A search, not a formula: the height is the chart type's own layout, which has no inverse and is not even
 * monotone in the width (an interval chart moves its labels at 600 units: research-at-a-glance in English
 * is 464 units tall at 599 wide and 514 at 600), so no width can be solved for from the frame's height.
 */
export function fitChart(
  box: { w: number; h: number },
  maxScale: number,
  heightAt: (width: number) => number
) {
  const at = (k: number) => {
    const width = Math.floor(box.w / k);
    return { width, scale: box.w / width, height: heightAt(width) };
  };
  let best = at(maxScale);
  if (best.height * best.scale <= box.h) return best;
  let lo = 0.2;
  let hi = maxScale;
  best = at(lo);
  for (let i = 0; i < 22; i++) {
    const mid = (lo + hi) / 2;
    const c = at(mid);
    if (c.height * c.scale <= box.h) {
      best = c;
      lo = mid;
    } else hi = mid;
  }
  return best;
}

/**
 * The slide as one standalone SVG 1.1 file: background, heading and legend, the chart (drawn by the kit at
 * its layout width and scaled as a whole, so its type is `scale` times the kit's), the notes under the
 * chart, and the source line and the chart's URL at the foot so the provenance travels with the image.
 */
export function composeSlide(plan: SlidePlan, chart: SlideChart): string {
  const { text, box } = plan;
  const p = PALETTES[text.theme];
  const inner = chart.svg
    .trim()
    .replace(/^<svg\b[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  const ch = chart.height * chart.scale;
  const cx = box.x + (box.w - chart.width * chart.scale) / 2;
  const notes: string[] = [];
  const y0 = Math.min(box.y + ch, box.y + box.h) + 12 + plan.notes.size * 0.3;
  for (const row of plan.notes.rows) {
    const y = y0 + (row.line + 1) * plan.notes.size * 1.3;
    notes.push(
      `<text x="${row.x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${plan.notes.size.toFixed(1)}" fill="${p.muted}">${esc(row.text)}</text>`
    );
  }
  const lang = esc(text.lang);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${plan.width}" height="${plan.height}" viewBox="0 0 ${plan.width} ${plan.height}" lang="${lang}" xml:lang="${lang}" font-family="${esc(slideFont(text.lang))}">`,
    `<title>${esc(text.title)}</title>`,
    `<desc>${esc([text.subtitle, text.source, text.url].filter(Boolean).join(' '))}</desc>`,
    `<rect x="0" y="0" width="${plan.width}" height="${plan.height}" fill="${p.bg}"/>`,
    ...plan.head,
    `<g transform="translate(${cx.toFixed(2)} ${box.y.toFixed(2)}) scale(${chart.scale.toFixed(4)})">${inner}</g>`,
    ...notes,
    ...plan.foot,
    '</svg>'
  ].join('\n');
  return officeSafeSvg(svg, { fg: p.fg });
}
