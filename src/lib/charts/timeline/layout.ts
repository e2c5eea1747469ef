import { scaleLinear, scaleUtc } from 'd3-scale';
import { t } from '../../i18n';
import type { Lang } from '../../schema';
import { tickAt } from '../axis';
import { layoutFacets, type FacetLayout } from '../interval/layout';
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
import type { ChartMark, DateSpan, SpanPrecision, Tick, TimelineModel } from '../types';

export type TimelineLayoutOptions = { width: number; lang: Lang };

/** A day is a point; anything longer a bar over its whole span; a season's bar has fuzzy ends. */
export type TimeGeometry =
  { kind: 'point'; cx: number; r: number } | { kind: 'bar'; x0: number; x1: number; fuzzy: boolean };

export type TimelineRowLayout = {
  id: string;
  mark: ChartMark;
  precision: SpanPrecision;
  top: number;
  bottom: number;
  label: { x: number; y: number; lines: string[] };
  cy: number;
  geometry: TimeGeometry;
  value: LabelPlacement & { y: number; text: string };
  anchor: { x: number; y: number };
};

export type LaneLayout = {
  kind: 'dated' | 'undated';
  title: Heading | null;
  top: number;
  axisY: number;
  bottom: number;
  left: number;
  right: number;
  ticks: Tick[];
  rows: TimelineRowLayout[];
};

export type TimelineLayout = {
  width: number;
  height: number;
  mode: RowFrame['mode'];
  lanes: LaneLayout[];
  durations: { title: Heading; facets: FacetLayout[] } | null;
};

const ROW_GAP = 8;
/** A month on a decade-long axis is ~3px wide: every bar gets at least this, so it reads as a mark. */
const BAR_MIN = 8;
const YEAR = (y: number) => Date.UTC(y, 0, 1);

/**
 * The geometry of a span on a lane's scale: a point for a day, a bar for anything longer. A bar narrower
 * than BAR_MIN is widened around its middle, and kept inside the axis (`bounds`) so a month at either end
 * of the axis is as visible as one in the middle.
 */
export function timeGeometry(
  span: DateSpan,
  x: (v: number) => number,
  bounds: [number, number] = [-Infinity, Infinity]
): TimeGeometry {
  if (span.precision === 'day') return { kind: 'point', cx: x((span.start + span.end) / 2), r: SIZE.r };
  let x0 = x(span.start);
  let x1 = x(span.end);
  if (x1 - x0 < BAR_MIN) {
    const mid = Math.min(Math.max((x0 + x1) / 2, bounds[0] + BAR_MIN / 2), bounds[1] - BAR_MIN / 2);
    x0 = mid - BAR_MIN / 2;
    x1 = mid + BAR_MIN / 2;
  }
  return { kind: 'bar', x0, x1, fuzzy: span.precision === 'season' };
}

function extentOf(g: TimeGeometry): [number, number] {
  return g.kind === 'point' ? [g.cx - g.r, g.cx + g.r] : [g.x0, g.x1];
}

/** Rows of one lane: label (beside or above), then the mark with its date label. */
function laneRows(
  marks: readonly (ChartMark & { span: DateSpan })[],
  x: (v: number) => number,
  top: number,
  frame: RowFrame
): { rows: TimelineRowLayout[]; bottom: number } {
  const minX = frame.mode === 'beside' ? frame.left - SIZE.r - 2 : SIZE.pad;
  let y = top;
  const rows = marks.map((m) => {
    const box = rowBox(frame, y, m.label);
    const geometry = timeGeometry(m.span, x, [frame.left, frame.right]);
    const [s, e] = extentOf(geometry);
    const place = placeValueLabel(s, e, textWidth(m.valueLabel, SIZE.valueBold), frame.width, minX);
    const below = place.side === 'below';
    const rowTop = y;
    y += box.height + (below ? SIZE.lineHeight : 0) + ROW_GAP;
    return {
      id: m.id,
      mark: m,
      precision: m.span.precision,
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
  return { rows, bottom: y };
}

/**
 * The timeline: dated events on a UTC time axis covering whole years; events without a year in their own
 * lane on a January–December axis (their year is never invented); durations as interval bands. Lane
 * headings appear when there is more than one kind of lane.
 */
export function layoutTimeline(model: TimelineModel, { width, lang }: TimelineLayoutOptions): TimelineLayout {
  const ui = t(lang).chartUi;
  const labels = [...model.dated, ...model.undated, ...model.durations.flatMap((f) => f.marks)].map(
    (m) => m.label
  );
  const frame = rowFrame(labels, width);
  const { left, right } = frame;
  const room = Math.max(2, Math.floor((right - left) / 64));
  const several =
    [model.dated.length, model.undated.length, model.durations.length].filter((n) => n > 0).length > 1;
  const lanes: LaneLayout[] = [];
  let y = 4;
  const title = (text: string) => {
    const h = heading(text, y, width);
    y = h.next;
    return h.heading;
  };
  // A lane's axis sits under its rows; the next lane starts below the tick labels.
  const addLane = (
    kind: LaneLayout['kind'],
    laneTitle: Heading | null,
    top: number,
    bottom: number,
    ticks: Tick[],
    rows: TimelineRowLayout[]
  ) => {
    const axisBottom = bottom + SIZE.tick + 10;
    lanes.push({ kind, title: laneTitle, top, axisY: bottom, bottom: axisBottom, left, right, ticks, rows });
    y = axisBottom + 18;
  };

  if (model.dated.length) {
    const laneTitle = several ? title(ui.dated) : null;
    const [start, end] = model.years ?? [
      Math.min(...model.dated.map((m) => m.span.start)),
      Math.max(...model.dated.map((m) => m.span.end))
    ];
    const first = new Date(start).getUTCFullYear();
    const lastEnd = new Date(end - 1);
    const x = scaleUtc()
      .domain([YEAR(first), YEAR(lastEnd.getUTCFullYear() + 1)])
      .range([left, right]);
    const top = y;
    const { rows, bottom } = laneRows(model.dated, (v) => x(v), top, frame);
    const ticks = x.ticks(room).map((d) => {
      const yearStart = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      const label = yearStart ? String(d.getUTCFullYear()) : (ui.months[d.getUTCMonth()] ?? '');
      return tickAt(d.getTime(), x(d), label, width);
    });
    addLane('dated', laneTitle, top, bottom, ticks, rows);
  }

  if (model.undated.length) {
    const laneTitle = title(ui.yearNotStated);
    const x = scaleLinear().domain([0, 12]).range([left, right]);
    const top = y;
    const { rows, bottom } = laneRows(model.undated, (v) => x(v), top, frame);
    const step = room >= 12 ? 1 : room >= 6 ? 2 : 3;
    const ticks = x
      .ticks(12)
      .filter((v) => Number.isInteger(v) && v < 12 && v % step === 0)
      .map((v) => tickAt(v, x(v), ui.months[v] ?? '', width));
    addLane('undated', laneTitle, top, bottom, ticks, rows);
  }

  let durations: TimelineLayout['durations'] = null;
  if (model.durations.length) {
    const durationsTitle = title(ui.durations);
    const bands = layoutFacets(model.durations, y, frame, lang);
    durations = { title: durationsTitle, facets: bands.facets };
    y = bands.bottom + 18;
  }
  return { width, height: y - 18 + 4, mode: frame.mode, lanes, durations };
}
