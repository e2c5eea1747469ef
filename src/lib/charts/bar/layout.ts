import type { Lang, Unit } from '../../schema';
import { axisTicks, valueDomain, valueScale, type ValueScale } from '../axis';
import { NARROW, SIZE } from '../place';
import { textWidth, wrapText } from '../text';
import type { BarModel, ChartMark, Glyph, Tick } from '../types';

export type BarLayoutOptions = { width: number; lang: Lang };

/** A label beside a bar (a rank), itself a link to its figure. */
export type BarLabelLayout = { mark: ChartMark; x: number; y: number; text: string };

/** One bar and its words, in SVG coordinates. */
export type BarRowLayout = {
  id: string;
  mark: ChartMark;
  glyph: Glyph;
  /** Series index (grouped bars); 0 otherwise. */
  series: number;
  /** The row's band, for the hit area and the focus ring. */
  top: number;
  bottom: number;
  label: { x: number; y: number; anchor: 'start' | 'end'; lines: string[] };
  /** The bar: solid part from x0 to x1. */
  bar: { x0: number; x1: number; y: number; h: number };
  /** The qualifier's extension: a fade to the right (lower bound), the left (upper) or to high (range). */
  ext: { x0: number; x1: number; dir: 'right' | 'left' | 'range' } | null;
  value: { x: number; y: number; text: string };
  labels: BarLabelLayout[];
  /** Where a tooltip points: the end of the bar. */
  anchor: { x: number; y: number };
};

export type BarLayout = {
  width: number;
  height: number;
  /** 'beside': labels left of the bars; 'above': labels on their own line (narrow charts). */
  mode: 'beside' | 'above';
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  rows: BarRowLayout[];
  /** Group headings (grouped bars only). */
  headings: { key: string; text: string; y: number }[];
};

const BAR_H = { beside: 18, above: 14 } as const;
const ROW_GAP = 8;

/** Width reserved right of the plot for the widest value label and its labels. */
export function valueColumnWidth(marks: readonly ChartMark[]): number {
  let w = 0;
  for (const m of marks) {
    let mw = textWidth(m.valueLabel, SIZE.valueBold);
    for (const l of m.labels) mw += SIZE.gap + textWidth(l.valueLabel, SIZE.valueBold);
    // A lower bound's arrow sticks out past the bar; leave room for its head.
    if (m.glyph === 'lower') mw += 10;
    w = Math.max(w, mw);
  }
  return Math.ceil(w) + SIZE.gap + SIZE.pad;
}

/** The bar's extent and the qualifier's extension, from zero. */
function barGeometry(
  m: ChartMark,
  x: ValueScale,
  right: number
): Pick<BarRowLayout, 'bar' | 'ext'> & { end: number } {
  const x0 = x(0);
  const at = (v: number | null) => x(v ?? 0);
  const bar = { x0, x1: x0, y: 0, h: 0 };
  if (m.glyph === 'lower') {
    bar.x1 = at(m.low);
    const x1 = Math.min(right, bar.x1 + Math.max(24, (right - x0) * 0.12));
    return { bar, ext: { x0: bar.x1, x1, dir: 'right' }, end: x1 + 8 };
  }
  if (m.glyph === 'upper') {
    bar.x1 = at(m.high);
    return { bar, ext: { x0, x1: bar.x1, dir: 'left' }, end: bar.x1 };
  }
  if (m.glyph === 'range') {
    bar.x1 = at(m.low);
    return { bar, ext: { x0: bar.x1, x1: at(m.high), dir: 'range' }, end: at(m.high) };
  }
  bar.x1 = at(m.value);
  return { bar, ext: null, end: bar.x1 };
}

/** Shared by bar and grouped-bar: rows of bars stacked from `top`, with optional group headings. */
export function layoutBarRows(
  sections: { key: string; heading: string; marks: (ChartMark & { series?: number })[] }[],
  unit: Unit,
  fixed: { min: number | null; max: number | null },
  { width, lang }: BarLayoutOptions
): BarLayout {
  const all = sections.flatMap((s) => s.marks);
  const mode = width < NARROW ? 'above' : 'beside';
  const pad = SIZE.pad;
  const labelMax = Math.max(...all.map((m) => textWidth(m.label, SIZE.label)), 0);
  const labelCol = mode === 'beside' ? Math.min(Math.ceil(labelMax), Math.round(width * 0.3)) : 0;
  const left = mode === 'beside' ? pad + labelCol + 8 : pad;
  const right = Math.max(left + 40, width - valueColumnWidth(all));
  const domain = valueDomain(all, 'linear', { min: fixed.min ?? 0, max: fixed.max });
  const x = valueScale('linear', domain, [left, right]);
  const barH = BAR_H[mode];
  const rows: BarRowLayout[] = [];
  const headings: BarLayout['headings'] = [];
  const top = 4;
  let y = top;
  for (const section of sections) {
    if (section.heading) {
      headings.push({ key: section.key, text: section.heading, y: y + SIZE.label });
      y += SIZE.lineHeight + 6;
    }
    for (const m of section.marks) {
      const lines = wrapText(m.label, mode === 'beside' ? labelCol : width - 2 * pad, SIZE.label);
      const labelH = lines.length * SIZE.lineHeight;
      const rowTop = y;
      let barY: number;
      let label: BarRowLayout['label'];
      if (mode === 'beside') {
        const h = Math.max(barH, labelH);
        barY = y + (h - barH) / 2;
        const firstBaseline = y + (h - labelH) / 2 + SIZE.label - 1;
        label = { x: pad + labelCol, y: firstBaseline, anchor: 'end', lines };
        y += h + ROW_GAP;
      } else {
        label = { x: pad, y: y + SIZE.label - 1, anchor: 'start', lines };
        barY = y + labelH + 2;
        y = barY + barH + ROW_GAP;
      }
      const g = barGeometry(m, x, right);
      const bar = { ...g.bar, y: barY, h: barH };
      const cy = barY + barH / 2 + SIZE.value * 0.35;
      const valueX = g.end + SIZE.gap;
      let lx = valueX + textWidth(m.valueLabel, SIZE.valueBold) + SIZE.gap;
      const labels = m.labels.map((l) => {
        const out = { mark: l, x: lx, y: cy, text: l.valueLabel };
        lx += textWidth(l.valueLabel, SIZE.valueBold) + SIZE.gap;
        return out;
      });
      rows.push({
        id: m.id,
        mark: m,
        glyph: m.glyph,
        series: m.series ?? 0,
        top: rowTop,
        bottom: y - ROW_GAP / 2,
        label,
        bar,
        ext: g.ext,
        value: { x: valueX, y: cy, text: m.valueLabel },
        labels,
        anchor: { x: g.end, y: barY }
      });
    }
  }
  const bottom = y;
  const ticks = axisTicks(x, 'linear', unit, lang, width);
  return { width, height: bottom + 18, mode, plot: { left, right, top, bottom }, ticks, rows, headings };
}

/** Horizontal bars, sorted, one row each, value label at the end of the bar and labels beside it. */
export function layoutBar(model: BarModel, opts: BarLayoutOptions): BarLayout {
  return layoutBarRows([{ key: '', heading: '', marks: model.marks }], model.unit, model, opts);
}
