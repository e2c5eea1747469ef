import type { ChartScale, Lang, Unit } from '../../schema';
import { axisTicks, valueDomain, valueScale, type ValueScale } from '../axis';
import {
  heading,
  MARK_LINE,
  placeValueLabel,
  rowBox,
  rowFrame,
  SIZE,
  type Heading,
  type LabelPlacement,
  type RowFrame
} from '../place';
import { textWidth } from '../text';
import type { ChartMark, Glyph, IntervalFacet, IntervalModel, Tick } from '../types';

export type IntervalLayoutOptions = { width: number; lang: Lang };

/** How one qualified value is drawn on a row. */
export type GlyphGeometry =
  /** exact (solid) or approximate (hollow): a point; `stem` is the x of zero when the value is a length. */
  | { kind: 'point'; cx: number; r: number; stem?: number }
  /** range: a bar from low to high. */
  | { kind: 'range'; x0: number; x1: number }
  /** a bound: a stop at the bound and an arrow to `tip`, fading away from the stop. */
  | { kind: 'bound'; stop: number; tip: number; dir: 'right' | 'left' };

export type IntervalRowLayout = {
  id: string;
  mark: ChartMark;
  glyph: Glyph;
  top: number;
  bottom: number;
  label: { x: number; y: number; lines: string[] };
  /** The vertical centre of the mark. */
  cy: number;
  geometry: GlyphGeometry;
  value: LabelPlacement & { y: number; text: string };
  anchor: { x: number; y: number };
};

export type FacetLayout = {
  unit: Unit;
  scale: ChartScale;
  domain: [number, number];
  title: Heading | null;
  /** Rows' top, for gridlines. */
  top: number;
  /** The axis line; tick labels sit under it. */
  axisY: number;
  bottom: number;
  left: number;
  right: number;
  ticks: Tick[];
  rows: IntervalRowLayout[];
};

export type IntervalLayout = { width: number; height: number; mode: RowFrame['mode']; facets: FacetLayout[] };

const ROW_GAP = 8;

/** The qualifier's geometry on a scale: where the point, range or bound and its arrow go. */
export function glyphGeometry(m: ChartMark, x: ValueScale, left: number, right: number): GlyphGeometry {
  const at = (v: number | null) => x(v ?? 0);
  const arrow = Math.max(28, (right - left) * 0.14);
  switch (m.glyph) {
    case 'range': {
      let x0 = at(m.low);
      let x1 = at(m.high);
      if (x1 - x0 < 4) {
        const c = (x0 + x1) / 2;
        x0 = c - 2;
        x1 = c + 2;
      }
      return { kind: 'range', x0, x1 };
    }
    case 'lower': {
      const stop = at(m.low);
      return { kind: 'bound', stop, tip: Math.min(right, stop + arrow), dir: 'right' };
    }
    case 'upper': {
      const stop = at(m.high);
      return { kind: 'bound', stop, tip: Math.max(left, stop - arrow), dir: 'left' };
    }
    default:
      return { kind: 'point', cx: at(m.value), r: SIZE.r };
  }
}

/** The horizontal extent a glyph covers (for placing its value label). */
export function glyphExtent(g: GlyphGeometry): [number, number] {
  if (g.kind === 'point') return [g.cx - g.r, g.cx + g.r];
  if (g.kind === 'range') return [g.x0, g.x1];
  return g.dir === 'right' ? [g.stop - 2, g.tip + 2] : [g.tip - 2, g.stop + 2];
}

/**
 * One band from `top`: an optional heading, then per figure its label (beside the mark in a wide frame,
 * above it in a narrow one) and its glyph with the value label, then the band's own axis.
 */
export function layoutFacet(facet: IntervalFacet, top: number, frame: RowFrame, lang: Lang): FacetLayout {
  const { left, right, width } = frame;
  const domain = valueDomain(facet.marks, facet.scale, facet);
  const x = valueScale(facet.scale, domain, [left, right]);
  let y = top;
  let title: FacetLayout['title'] = null;
  if (facet.title) {
    const h = heading(facet.title, y, width);
    title = h.heading;
    y = h.next;
  }
  const rowsTop = y;
  const minX = frame.mode === 'beside' ? left - SIZE.r - 2 : SIZE.pad;
  const rows: IntervalRowLayout[] = facet.marks.map((m) => {
    const box = rowBox(frame, y, m.label);
    const glyph = glyphGeometry(m, x, left, right);
    const geometry =
      facet.lengths && glyph.kind === 'point' && domain[0] <= 0 ? { ...glyph, stem: x(0) } : glyph;
    const [s, e] = glyphExtent(geometry);
    const place = placeValueLabel(s, e, textWidth(m.valueLabel, SIZE.valueBold), width, minX);
    const below = place.side === 'below';
    const rowTop = y;
    y += box.height + (below ? SIZE.lineHeight : 0) + ROW_GAP;
    return {
      id: m.id,
      mark: m,
      glyph: m.glyph,
      top: rowTop,
      bottom: y - ROW_GAP / 2,
      label: { x: box.labelX, y: box.labelY, lines: box.lines },
      cy: box.cy,
      geometry,
      value: {
        ...place,
        y: below ? box.cy + MARK_LINE / 2 + SIZE.value : box.cy + SIZE.value * 0.35,
        text: m.valueLabel
      },
      anchor: { x: (s + e) / 2, y: box.cy - MARK_LINE / 2 }
    };
  });
  const axisY = y;
  const ticks = axisTicks(x, facet.scale, facet.unit, lang, width);
  return {
    unit: facet.unit,
    scale: facet.scale,
    domain,
    title,
    top: rowsTop,
    axisY,
    bottom: axisY + SIZE.tick + 10,
    left,
    right,
    ticks,
    rows
  };
}

/** Bands stacked top to bottom, 18px apart, in one frame. */
export function layoutFacets(
  facets: readonly IntervalFacet[],
  top: number,
  frame: RowFrame,
  lang: Lang
): { facets: FacetLayout[]; bottom: number } {
  const out: FacetLayout[] = [];
  let y = top;
  for (const f of facets) {
    const band = layoutFacet(f, y, frame, lang);
    out.push(band);
    y = band.bottom + 18;
  }
  return { facets: out, bottom: out.length ? y - 18 : top };
}

/** Interval chart (and dot-log): every band with its own axis, heights from the data. */
export function layoutInterval(model: IntervalModel, { width, lang }: IntervalLayoutOptions): IntervalLayout {
  const frame = rowFrame(
    model.facets.flatMap((f) => f.marks.map((m) => m.label)),
    width
  );
  const { facets, bottom } = layoutFacets(model.facets, 4, frame, lang);
  return { width, height: bottom + 4, mode: frame.mode, facets };
}
