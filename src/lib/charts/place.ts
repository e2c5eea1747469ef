import { textWidth, wrapText } from './text';

/** Shared sizes of every chart type, in SVG user units (= CSS pixels when a chart is drawn at its width). */
export const SIZE = {
  /** Row labels. */
  label: 13,
  /** Value labels beside marks. */
  value: 12,
  /** The size value labels are measured at: they are set in bold, which runs about 10% wider. */
  valueBold: 13.2,
  /** Tick labels and band headings. */
  tick: 11,
  lineHeight: 16,
  /** Horizontal padding inside the SVG. */
  pad: 6,
  /** Gap between a mark and its value label. */
  gap: 5,
  /** Radius of a point. */
  r: 5
} as const;

/** Charts narrower than this put labels above their bars instead of beside them. */
export const NARROW = 440;

export type LabelPlacement = { x: number; anchor: 'start' | 'end'; side: 'right' | 'left' | 'below' };

/** Rows of interval charts and timelines put their label beside the mark from this width up. */
export const WIDE = 600;
/** Height of the line a row's mark sits on. */
export const MARK_LINE = 20;

/**
 * The horizontal frame of a chart's rows, shared by all its bands so their axes line up. Wide: a label
 * column on the left (as wide as the widest label, at most 36% of the chart) and the plot beside it.
 * Narrow: each label on its own line above its mark, the plot the full width.
 */
export type RowFrame = {
  mode: 'beside' | 'above';
  width: number;
  /** Width labels wrap to. */
  labelWidth: number;
  /** The plot's horizontal extent (points' centres stay inside it). */
  left: number;
  right: number;
};

export function rowFrame(labels: readonly string[], width: number): RowFrame {
  const pad = SIZE.pad;
  const right = width - pad - SIZE.r - 1;
  if (width >= WIDE) {
    const widest = Math.max(0, ...labels.map((l) => textWidth(l, SIZE.label)));
    const labelWidth = Math.min(Math.ceil(widest), Math.round(width * 0.36));
    return { mode: 'beside', width, labelWidth, left: pad + labelWidth + 14 + SIZE.r, right };
  }
  return { mode: 'above', width, labelWidth: width - 2 * pad, left: pad + SIZE.r + 1, right };
}

/** One row's label lines and vertical positions, from its top. `height` excludes a value label below. */
export function rowBox(
  frame: RowFrame,
  top: number,
  label: string
): { lines: string[]; labelX: number; labelY: number; cy: number; height: number } {
  const lh = SIZE.lineHeight;
  if (frame.mode === 'beside') {
    const lines = wrapText(label, frame.labelWidth, SIZE.label);
    const height = Math.max(lines.length * lh, MARK_LINE + 2);
    const cy = top + height / 2;
    return { lines, labelX: SIZE.pad, labelY: cy - (lines.length * lh) / 2 + SIZE.label - 1, cy, height };
  }
  const lines = wrapText(label, frame.labelWidth, SIZE.label);
  const cy = top + lines.length * lh + MARK_LINE / 2 + 2;
  return {
    lines,
    labelX: SIZE.pad,
    labelY: top + SIZE.label - 1,
    cy,
    height: lines.length * lh + MARK_LINE + 2
  };
}

/**
 * Where a value label goes: right of the mark if it fits inside the chart, else left of it, else below
 * the mark, aligned to whichever edge keeps it inside. Never clipped.
 */
export function placeValueLabel(
  markStart: number,
  markEnd: number,
  textW: number,
  width: number,
  minX: number = SIZE.pad
): LabelPlacement {
  const pad = SIZE.pad;
  const right = markEnd + SIZE.gap;
  if (right + textW <= width - pad) return { x: right, anchor: 'start', side: 'right' };
  const left = markStart - SIZE.gap;
  if (left - textW >= minX) return { x: left, anchor: 'end', side: 'left' };
  if (markStart + textW <= width - pad) {
    return { x: Math.max(minX, markStart), anchor: 'start', side: 'below' };
  }
  return { x: width - pad, anchor: 'end', side: 'below' };
}

/** A band or lane heading, wrapped to the chart's width: its lines and first baseline. */
export type Heading = { lines: string[]; y: number };

/** Lays a heading out from `top`; returns it and the y where what follows starts. */
export function heading(text: string, top: number, width: number): { heading: Heading; next: number } {
  // Set at 11.5px in bold: measured a little larger so that a line never runs past the edge.
  const lines = wrapText(text, width - 2 * SIZE.pad, 13.2);
  return { heading: { lines, y: top + SIZE.tick + 2 }, next: top + lines.length * 14 + 8 };
}
