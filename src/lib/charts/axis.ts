import { extent } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { formatNumber } from '../format';
import { isWholeUnit, type ChartScale, type Lang, type Unit } from '../schema/vocab';
import { SIZE } from './place';
import { glyphFor } from './qualifier';
import { textWidth } from './text';
import type { ChartMark, Tick } from './types';

export type ValueScale = ScaleContinuousNumeric<number, number>;

const grouped = format(',');
const short = format(',.3~r');

/** A rank on an axis: 第3, No. 3. */
const RANK: Record<Lang, (n: number) => string> = { zh: (n) => `第${n}`, en: (n) => `No. ${n}` };

/**
 * A tick label: the bare number, compact, with the unit only where it is a symbol (%, ×, No.). The unit's
 * name is in the band heading or the subtitle, so ticks stay short enough for a 360px screen.
 */
export function tickLabel(n: number, unit: Unit, lang: Lang): string {
  if (unit === '%') return `${short(n)}%`;
  if (unit === 'x') return `${short(n)}×`;
  if (unit === 'rank') return RANK[lang](n);
  if (unit === 'year') return String(n);
  if (lang === 'zh') return formatNumber(n, 'zh');
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${short(n / 1e9)}B`;
  if (abs >= 1e6) return `${short(n / 1e6)}M`;
  return Number.isInteger(n) ? grouped(n) : short(n);
}

/** Every number a mark needs room for: its value, or its bounds. */
export function markValues(marks: readonly ChartMark[]): number[] {
  return marks.flatMap((m) => [m.value, m.low, m.high].filter((v): v is number => v !== null));
}

/**
 * The value domain of a set of marks. Fixed ends (from the chart's `axes`) win; otherwise the data decide,
 * with room left beyond every bound so its arrow has somewhere to point: a linear axis starts at zero; a
 * log axis covers whole decades.
 */
export function valueDomain(
  marks: readonly ChartMark[],
  kind: ChartScale,
  fixed: { min: number | null; max: number | null }
): [number, number] {
  const values = markValues(marks);
  const lowers = marks.filter((m) => glyphFor(m.comparator) === 'lower').map((m) => m.low ?? 0);
  const uppers = marks.filter((m) => glyphFor(m.comparator) === 'upper').map((m) => m.high ?? 0);
  if (kind === 'log') {
    const positive = values.filter((v) => v > 0);
    const [lo0 = 1, hi0 = 10] = extent(positive) as [number | undefined, number | undefined];
    let lo = fixed.min ?? 10 ** Math.floor(Math.log10(Math.min(lo0, ...uppers.map((u) => u / 3))));
    let hi = fixed.max ?? 10 ** Math.ceil(Math.log10(Math.max(hi0, ...lowers.map((l) => l * 3))));
    if (lo <= 0) lo = 1;
    if (hi <= lo) hi = lo * 10;
    return [lo, hi];
  }
  const [lo0 = 0, hi0 = 1] = extent(values) as [number | undefined, number | undefined];
  const lo = fixed.min ?? Math.min(0, lo0);
  let hi = fixed.max ?? Math.max(hi0, ...lowers.map((l) => l * 1.3));
  if (hi <= lo) hi = lo + 1;
  if (fixed.max !== null) return [lo, hi];
  const nice = scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  return [lo, nice[1]];
}

/** A d3 scale for a band: linear or log, from `domain` onto [left, right]. */
export function valueScale(kind: ChartScale, domain: [number, number], range: [number, number]): ValueScale {
  return kind === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
}

/**
 * Ticks from scale.ticks(), thinned to fit: about one per 70px. On a log axis d3 returns every 1–9
 * multiple; powers of ten are kept when there are three or more of them, else the 1-2-5 ones.
 */
export function axisTicks(
  scale: ValueScale,
  kind: ChartScale,
  unit: Unit,
  lang: Lang,
  width: number
): Tick[] {
  const [left, right] = scale.range() as [number, number];
  const room = Math.max(2, Math.floor(Math.abs(right - left) / 70));
  let values = scale.ticks(kind === 'log' ? undefined : Math.min(room, 6));
  if (kind === 'log') {
    const powers = values.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
    values = powers.length >= 3 ? powers : values.filter((v) => /^[125]0*$/.test(String(Math.round(v))));
    while (values.length > room + 1) values = values.filter((_, i) => i % 2 === 0);
  }
  if (isWholeUnit(unit)) values = values.filter((v) => Number.isInteger(v));
  return values.map((value) => tickAt(value, scale(value), tickLabel(value, unit, lang), width));
}

/** A tick whose label is centred on it, unless centring would push the label past an edge of the chart. */
export function tickAt(value: number, x: number, label: string, width: number): Tick {
  const half = textWidth(label, SIZE.tick) / 2;
  const anchor = x - half < 1 ? 'start' : x + half > width - 1 ? 'end' : 'middle';
  const at = anchor === 'start' ? Math.max(1, x - 4) : anchor === 'end' ? Math.min(width - 1, x + 4) : x;
  return { value, x, label, labelX: at, anchor };
}
