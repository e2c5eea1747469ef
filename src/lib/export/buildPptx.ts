import type PptxGenJS from 'pptxgenjs';
import type { ChartMark, ChartView } from '../charts/types';

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
};

/** Categories and series of a native bar chart, or null when the chart must be a picture. */
export type NativeBars = {
  labels: string[];
  series: { name: string; values: number[] }[];
  unit: string;
};

/** Slide geometry (LAYOUT_16x9 is 10 × 5.625 inches). */
const W = 10;
const H = 5.625;
const PAD = 0.45;
const ACCENT = '2F5F98';
const SERIES = ['2F5F98', 'B4462E', '2E7D4F', 'A4501C'];
const FG = '1D1F23';
const MUTED = '5B6068';

/**
 * What a native chart can show honestly: bar and grouped-bar charts whose every mark has a point value.
 * A bar's label is its subject, with the figures drawn beside it (a rank) and a qualifier other than
 * "exact" kept in words, since a native bar has no glyph for them.
 */
export function nativeBars(view: ChartView): NativeBars | null {
  const label = (m: ChartMark) => {
    const extra = [...(m.comparator === '=' ? [] : [m.valueLabel]), ...m.labels.map((l) => l.valueLabel)];
    return extra.length ? `${m.subject} (${extra.join(', ')})` : m.subject;
  };
  const model = view.model;
  if (model.type === 'bar') {
    if (!model.marks.length || model.marks.some((m) => m.value === null)) return null;
    return {
      labels: model.marks.map(label),
      series: [{ name: view.rows[0]?.metric ?? view.title, values: model.marks.map((m) => m.value ?? 0) }],
      unit: model.unit
    };
  }
  if (model.type === 'grouped-bar') {
    const marks = model.groups.flatMap((g) => g.marks);
    if (!marks.length || marks.some((m) => m.value === null)) return null;
    // A grouped chart with a bar missing in some group cannot be drawn without inventing a zero.
    if (model.groups.some((g) => model.series.some((_, i) => !g.marks.some((m) => m.series === i))))
      return null;
    return {
      labels: model.groups.map((g) => g.label),
      series: model.series.map((s, i) => ({
        name: s.label,
        values: model.groups.map((g) => g.marks.find((m) => m.series === i)?.value ?? 0)
      })),
      unit: model.unit
    };
  }
  return null;
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
 * A one-slide 16:9 presentation of a chart: title, subtitle, the chart (a native, editable bar chart for
 * bar and grouped-bar charts; otherwise the given PNG), and at the foot the source line and the chart's
 * URL as a hyperlink, so the provenance stays with the slide. Pure: pass the pptxgenjs constructor (the
 * page imports it on demand); call `write()` on the result.
 */
export function buildPptx(Pptx: typeof PptxGenJS, { view, url, image }: PptxOptions): PptxGenJS {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = view.title;
  pptx.subject = view.subtitle;
  pptx.company = 'Cited Figures';
  const lang = view.lang === 'zh' ? 'zh-CN' : 'en-US';
  const fontFace = view.lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };

  const slide = pptx.addSlide();
  const text = { fontFace, lang, margin: 0, valign: 'top' as const };
  slide.addText(view.title, {
    ...text,
    x: PAD,
    y: 0.3,
    w: W - 2 * PAD,
    h: 0.75,
    fontSize: 22,
    bold: true,
    color: FG,
    fit: 'shrink'
  });
  slide.addText(view.subtitle, {
    ...text,
    x: PAD,
    y: 1.07,
    w: W - 2 * PAD,
    h: 0.4,
    fontSize: 12,
    color: MUTED,
    fit: 'shrink'
  });

  const box = { x: PAD, y: 1.55, w: W - 2 * PAD, h: H - 1.55 - 0.95 };
  const bars = nativeBars(view);
  if (bars) {
    const single = bars.series.length === 1;
    // A horizontal bar chart draws its first category at the bottom: reversed, the largest is on top, as on
    // the site.
    const labels = [...bars.labels].reverse();
    slide.addChart(
      'bar',
      bars.series.map((s) => ({ name: s.name, labels, values: [...s.values].reverse() })),
      {
        ...box,
        barDir: 'bar',
        barGrouping: 'clustered',
        valAxisMinVal: 0,
        chartColors: single ? [ACCENT] : SERIES.slice(0, bars.series.length),
        showValue: true,
        dataLabelFormatCode: formatCode(bars),
        dataLabelFontSize: 11,
        dataLabelFontFace: fontFace,
        valAxisLabelFormatCode: formatCode(bars),
        valAxisLabelFontSize: 10,
        valAxisLabelFontFace: fontFace,
        catAxisLabelFontSize: 12,
        catAxisLabelFontFace: fontFace,
        valGridLine: { color: 'D9D6CF', size: 0.5 },
        showLegend: !single,
        legendPos: 'b',
        legendFontFace: fontFace,
        legendFontSize: 11,
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

  slide.addText(view.source, {
    ...text,
    x: PAD,
    y: H - 0.85,
    w: W - 2 * PAD,
    h: 0.4,
    fontSize: 9,
    color: MUTED,
    fit: 'shrink'
  });
  // Without a public URL configured the slide prints no address.
  if (url)
    slide.addText(url, {
      ...text,
      x: PAD,
      y: H - 0.42,
      w: W - 2 * PAD,
      h: 0.25,
      fontSize: 9,
      color: ACCENT,
      hyperlink: { url, tooltip: view.title }
    });
  slide.addNotes([view.summary, view.source, url].filter(Boolean).join('\n'));
  return pptx;
}
