import type PptxGenJS from 'pptxgenjs';
import { drawingOf } from '../charts/drawings';
import type { ChartMark, ChartView, LegendKey } from '../charts/types';
import { slideNotes } from './slideNotes';
import { PALETTES, type SlidePalette, type SlideTheme } from './slideTheme';
import { textWidth } from '../charts/text';
import { t } from '../i18n';

/** Width of a text in ems, by the chart kit's one text measure. */
const emsOf = (text: string) => textWidth(text, 1);

/** The chart drawn as a picture, for chart types PowerPoint has no native equivalent of. */
export type PptxImage = {
  /** A `data:image/png;base64,…` URL. */
  dataUrl: string;
  /** Its size in pixels, to keep its proportions on the slide. */
  width: number;
  height: number;
};

export type PptxOptions = {
  /** The chart, shaped for one language (chartView). */
  view: ChartView;
  /** The chart's page on the site, absolute: the provenance link at the foot of the slide. */
  url: string;
  /** The chart as a PNG; used when the chart cannot be a native chart (and required then). */
  image?: PptxImage;
  /** The slide's colours (default light). */
  theme?: SlideTheme;
};

/** Categories and series of a native bar chart, or null when the chart must be a picture. */
export type NativeBars = {
  labels: string[];
  series: { name: string; values: number[] }[];
  /** Per category: is it the chart's highlighted figure (drawn in the highlight colour)? */
  highlight: boolean[];
  unit: string;
};

/** Slide geometry (LAYOUT_16x9 is 10 × 5.625 inches). */
const W = 10;
const H = 5.625;
const PAD = 0.45;

/** How a legend entry is written on a slide: a symbol in the mark's colour, then its meaning. */
function legendSymbol(
  key: LegendKey,
  shape: 'bar' | 'point',
  p: SlidePalette
): { sym: string; color: string } {
  const c = hex(key === 'highlight' || key === 'series-1' ? p.accent2 : p.accent);
  if (key.startsWith('series-')) return { sym: '■', color: hex(p.series[Number(key.slice(7))] ?? p.accent) };
  switch (key) {
    case 'solid':
    case 'highlight':
    case 'day':
      return { sym: shape === 'bar' && key !== 'day' ? '■' : '●', color: c };
    case 'hollow':
      return { sym: shape === 'bar' ? '□' : '○', color: c };
    case 'lower':
      return { sym: '|→', color: c };
    case 'upper':
      return { sym: '←|', color: c };
    case 'range':
      return { sym: '├┤', color: c };
    case 'conflicting':
      return { sym: '†', color: hex(p.warn) };
    case 'record-differs':
      return { sym: '◆', color: hex(p.warn) };
    case 'no-year':
      return { sym: '?', color: hex(p.muted) };
    default:
      return { sym: '▬', color: c };
  }
}

const hex = (c: string) => c.replace('#', '').toUpperCase();

/**
 * How many lines the legend takes at 10.5 pt across the slide (about 62 ems a line; each entry's symbol
 * and spacing count as 4 more): office programs do not shrink text to fit, so the chart starts below it.
 */
function legendLines(view: ChartView): number {
  return Math.ceil(view.legend.reduce((n, l) => n + emsOf(l.label) + 4, 0) / 62);
}

/** The frame of the chart on the slide, in inches: under the heading and legend, above the notes and foot. */
export function pptxChartBox(view: ChartView, url: string): { x: number; y: number; w: number; h: number } {
  const notes = slideNotes(view);
  const noteLines = notes.reduce((n, t) => n + Math.max(1, Math.ceil(emsOf(t) / 110)), 0);
  const notesH = notes.length ? noteLines * 0.16 + 0.08 : 0;
  const footTop = H - (url ? 0.62 : 0.4) - Math.max(0, Math.ceil(emsOf(view.source) / 120) - 1) * 0.15;
  const top = 1.3 + legendLines(view) * 0.19 + 0.06;
  return { x: PAD, y: top, w: W - 2 * PAD, h: Math.max(1.2, footTop - notesH - 0.08 - top) };
}

/**
 * What a native chart can show honestly: bar and grouped-bar charts whose every mark has a point value (the
 * kind of the chart's type says, charts/<type>/index.ts).
 * A bar's label is its subject, with the figures drawn beside it (a rank) and a qualifier other than
 * "exact" kept in words, since a native bar has no glyph for them.
 */
export function nativeBars(view: ChartView): NativeBars | null {
  const label = (m: ChartMark) => {
    const extra = [...(m.comparator === '=' ? [] : [m.valueLabel]), ...m.labels.map((l) => l.valueLabel)];
    // The marks the legend explains: † the article's figure conflicts with another, ◆ the record differs.
    const marks = `${m.status === 'conflicting' ? ' †' : ''}${m.recordDiffers ? ' ◆' : ''}`;
    return `${extra.length ? `${m.subject} (${extra.join(', ')})` : m.subject}${marks}`;
  };
  const bars = drawingOf(view.model).native?.(view.model);
  if (!bars) return null;
  return {
    labels: bars.categories.map((c) => (c.mark ? label(c.mark) : c.label)),
    series: bars.series.map((s) => ({
      name: s.name ?? view.rows[0]?.metric ?? view.title,
      values: s.values
    })),
    highlight: bars.categories.map((c) => c.highlight),
    unit: bars.unit
  };
}

/** An Excel number format for the values: their decimals, a percent sign for shares. */
function formatCode(bars: NativeBars): string {
  const decimals = Math.max(
    0,
    ...bars.series.flatMap((s) => s.values.map((v) => (String(v).split('.')[1] ?? '').length))
  );
  const num = decimals ? `#,##0.${'0'.repeat(Math.min(decimals, 3))}` : '#,##0';
  return bars.unit === '%' ? `${num}"%"` : num;
}

/**
 * A one-slide 16:9 presentation of a chart in the light or dark theme: title, subtitle, the legend, the chart
 * (a native, editable bar chart for bar and grouped-bar charts, with the highlighted figure in the highlight
 * colour; otherwise the given picture), the notes and what the records say, and at the foot the source line
 * and the chart's URL as a hyperlink when the site has a public one, so the provenance stays with the slide.
 * Pure: pass the pptxgenjs constructor (the page imports it on demand); call `write()` on the result.
 */
export function buildPptx(
  Pptx: typeof PptxGenJS,
  { view, url, image, theme = 'light' }: PptxOptions
): PptxGenJS {
  const p = PALETTES[theme];
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = view.title;
  pptx.subject = view.subtitle;
  pptx.company = 'Cited Figures';
  const { office: lang, officeFont: fontFace } = t(view.lang).locale;
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };

  const slide = pptx.addSlide();
  slide.background = { color: hex(p.bg) };
  const text = { fontFace, lang, margin: 0, valign: 'top' as const };
  const full = { x: PAD, w: W - 2 * PAD };
  slide.addText(view.title, {
    ...text,
    ...full,
    y: 0.25,
    h: 0.62,
    fontSize: 22,
    bold: true,
    color: hex(p.fg),
    fit: 'shrink'
  });
  slide.addText(view.subtitle, {
    ...text,
    ...full,
    y: 0.9,
    h: 0.36,
    fontSize: 12,
    color: hex(p.muted),
    fit: 'shrink'
  });
  if (view.legend.length) {
    slide.addText(
      view.legend.flatMap((l, i) => {
        const { sym, color } = legendSymbol(l.key, l.shape, p);
        return [
          { text: `${i ? '     ' : ''}${sym} `, options: { color, bold: true } },
          { text: l.label, options: { color: hex(p.fg) } }
        ];
      }),
      { ...text, ...full, y: 1.27, h: legendLines(view) * 0.19, fontSize: 10.5 }
    );
  }

  const box = pptxChartBox(view, url);
  const bars = nativeBars(view);
  if (bars) {
    const single = bars.series.length === 1;
    // A horizontal bar chart draws its first category at the bottom: reversed, the largest is on top, as on
    // the site; one series gets a colour per bar, so the highlighted figure keeps its colour.
    const labels = [...bars.labels].reverse();
    const colors = single
      ? [...bars.highlight].reverse().map((h) => hex(h ? p.accent2 : p.accent))
      : p.series.slice(0, bars.series.length).map(hex);
    const fg = hex(p.fg);
    slide.addChart(
      'bar',
      bars.series.map((s) => ({ name: s.name, labels, values: [...s.values].reverse() })),
      {
        ...box,
        barDir: 'bar',
        barGrouping: 'clustered',
        valAxisMinVal: 0,
        chartColors: colors,
        showValue: true,
        dataLabelFormatCode: formatCode(bars),
        dataLabelFontSize: 11,
        dataLabelFontFace: fontFace,
        dataLabelColor: fg,
        valAxisLabelFormatCode: formatCode(bars),
        valAxisLabelFontSize: 10,
        valAxisLabelFontFace: fontFace,
        valAxisLabelColor: hex(p.muted),
        catAxisLabelFontSize: 12,
        catAxisLabelFontFace: fontFace,
        catAxisLabelColor: fg,
        valGridLine: { color: hex(p.rule), size: 0.5 },
        catAxisLineShow: false,
        valAxisLineShow: false,
        showLegend: !single,
        legendPos: 'b',
        legendFontFace: fontFace,
        legendFontSize: 11,
        legendColor: fg,
        lang
      }
    );
  } else {
    if (!image)
      throw new Error(`chart ${view.id} (${view.type}) needs an image: it has no native equivalent`);
    const k = Math.min(box.w / image.width, box.h / image.height);
    const w = image.width * k;
    const h = image.height * k;
    slide.addImage({
      data: image.dataUrl,
      x: box.x + (box.w - w) / 2,
      y: box.y,
      w,
      h,
      altText: `${view.title}. ${view.summary}`
    });
  }

  const notes = slideNotes(view);
  const footTop = box.y + box.h + 0.08;
  if (notes.length) {
    const notesH = H - footTop - (url ? 0.62 : 0.4);
    slide.addText(notes.join('\n'), {
      ...text,
      ...full,
      y: footTop,
      h: Math.max(0.2, notesH),
      fontSize: 8.5,
      color: hex(p.muted),
      fit: 'shrink'
    });
  }
  slide.addText(view.source, {
    ...text,
    ...full,
    y: H - (url ? 0.62 : 0.4),
    h: 0.3,
    fontSize: 9,
    color: hex(p.muted),
    fit: 'shrink'
  });
  if (url) {
    slide.addText(url, {
      ...text,
      ...full,
      y: H - 0.3,
      h: 0.22,
      fontSize: 9,
      color: hex(p.accent),
      hyperlink: { url, tooltip: view.title }
    });
  }
  slide.addNotes([view.summary, ...notes, view.source, url].filter(Boolean).join('\n'));
  return pptx;
}
