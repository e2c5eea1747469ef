import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/charts/timeline/layout';
import { dateSpan, shapeTimeline } from '../../../src/lib/charts/timeline/shape';
import { strings } from '../../../src/lib/i18n/strings';
import { chart, ctx, fig } from './fixtures';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('dateSpan: as precise as the article, never more', () => {
  it.each([
    ['2018-09-17', 'day', utc(2018, 9, 17), utc(2018, 9, 17) + DAY],
    ['2022-04', 'month', utc(2022, 4), utc(2022, 5)],
    ['2023-12', 'month', utc(2023, 12), utc(2024, 1)],
    ['2018-autumn', 'season', utc(2018, 9), utc(2018, 12)],
    ['2025-summer', 'season', utc(2025, 6), utc(2025, 9)],
    ['2019-winter', 'season', utc(2019, 12), utc(2020, 3)],
    ['2024-H1', 'half', utc(2024, 1), utc(2024, 7)],
    ['2024-H2', 'half', utc(2024, 7), utc(2025, 1)],
    ['2014', 'year', utc(2014, 1), utc(2015, 1)],
    ['2017/2022', 'years', utc(2017, 1), utc(2023, 1)]
  ])('%s is a %s from start to end', (date, precision, start, end) => {
    expect(dateSpan(date)).toEqual({ kind: 'absolute', precision, start, end });
  });

  it.each([
    ['--07-23', 'day', 7, 23, 6 + 22 / 31, 6 + 23 / 31],
    ['--03', 'month', 3, null, 2, 3],
    ['--02-28', 'day', 2, 28, 1 + 27 / 28, 2]
  ])('%s has no year: a %s within a year only', (date, precision, month, day, start, end) => {
    const s = dateSpan(date);
    expect(s).toMatchObject({ kind: 'no-year', precision, month, day });
    expect(s?.start).toBeCloseTo(start, 9);
    expect(s?.end).toBeCloseTo(end, 9);
  });

  it('is null for what is not a date', () => {
    expect(dateSpan('')).toBeNull();
    expect(dateSpan('early summer')).toBeNull();
  });
});

const events = [
  fig({ id: 'founded', unit: 'year', value: 2018, date: '2018', date_precision: 'year' }),
  fig({ id: 'signing', unit: 'date', value: null, date: '2018-09-17', date_precision: 'day' }),
  fig({ id: 'autumn', unit: 'date', value: null, date: '2018-autumn', date_precision: 'season' }),
  fig({ id: 'window', unit: 'year', value: 2012, comparator: '~', date: '2012', date_precision: 'year' }),
  fig({ id: 'reorg', unit: 'date', value: null, date: '2023-12', date_precision: 'month' }),
  fig({ id: 'reply', unit: 'date', value: null, date: '--07-23', date_precision: 'day' }),
  fig({ id: 'layoffs', unit: 'date', value: null, date: '--05', date_precision: 'month' }),
  fig({ id: 'ibm', unit: 'years', value: 32 }),
  fig({ id: 'cut', unit: 'months', value: 2 }),
  fig({ id: 'training', unit: 'years', value: null, low: 11, high: 19, comparator: 'range' })
];
const def = chart({ type: 'timeline', figures: events.map((f) => f.id) });
const ui = strings.en.chartUi;

describe('timeline shaping', () => {
  const m = shapeTimeline(def, events, ctx(), ui.units, ui.months);

  it('orders dated events by start, then end', () => {
    expect(m.dated.map((e) => e.id)).toEqual(['window', 'founded', 'autumn', 'signing', 'reorg']);
  });

  it('puts dates without a year in their own lane, ordered by month: never on the year axis', () => {
    expect(m.undated.map((e) => [e.id, e.valueLabel])).toEqual([
      ['layoffs', 'May'],
      ['reply', '23 Jul']
    ]);
    expect(m.dated.some((e) => e.date.startsWith('--'))).toBe(false);
  });

  it('shows durations as bands per unit', () => {
    expect(m.durations.map((f) => [f.unit, f.title, f.marks.map((x) => x.id)])).toEqual([
      ['years', 'Years', ['ibm', 'training']],
      ['months', 'Months', ['cut']]
    ]);
  });

  it('says the date in words, with ≈ for an approximate one', () => {
    expect(m.dated.map((e) => e.valueLabel)).toEqual([
      '≈2012',
      '2018',
      'autumn 2018',
      '17 September 2018',
      'December 2023'
    ]);
  });
});

describe('timeline layout', () => {
  const m = shapeTimeline(def, events, ctx(), ui.units, ui.months);
  const l = layoutTimeline(m, { width: 640, lang: 'en' });
  const dated = l.lanes.find((x) => x.kind === 'dated')!;
  const undated = l.lanes.find((x) => x.kind === 'undated')!;
  const row = (id: string) => [...dated.rows, ...undated.rows].find((r) => r.id === id)!;
  const width = (id: string) => {
    const g = row(id).geometry;
    return g.kind === 'bar' ? g.x1 - g.x0 : 0;
  };

  it('covers whole years, with yearly ticks from the time scale', () => {
    expect(dated.ticks[0]?.label).toBe('2012');
    expect(dated.ticks.at(-1)?.label).toBe('2024');
    expect(dated.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('a day is a point, a month a short bar, a season a fuzzy bar, a year a year-long bar', () => {
    expect(row('signing').geometry.kind).toBe('point');
    expect(row('reorg').geometry).toMatchObject({ kind: 'bar', fuzzy: false });
    expect(row('autumn').geometry).toMatchObject({ kind: 'bar', fuzzy: true });
    expect(row('founded').geometry).toMatchObject({ kind: 'bar', fuzzy: false });
    const perYear = (dated.right - dated.left) / 12; // 1 Jan 2012 to 1 Jan 2024
    expect(width('founded')).toBeCloseTo(perYear, 0);
    expect(width('autumn')).toBeCloseTo(perYear / 4, 0);
    expect(width('reorg')).toBeGreaterThanOrEqual(3);
    expect(width('reorg')).toBeLessThan(width('autumn'));
  });

  it('lays the year-not-stated lane on a January–December axis, under the dated lane', () => {
    expect(undated.title?.lines.join(' ')).toBe(ui.yearNotStated);
    expect(undated.top).toBeGreaterThan(dated.bottom);
    expect(undated.ticks.map((t) => t.label)).toEqual(['Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
    const may = row('layoffs').geometry;
    expect(may.kind).toBe('bar');
    if (may.kind === 'bar') expect(may.x1 - may.x0).toBeCloseTo((undated.right - undated.left) / 12, 5);
    const reply = row('reply').geometry;
    expect(reply.kind === 'point' && reply.cx > (may.kind === 'bar' ? may.x1 : 0)).toBe(true);
  });

  it('ends with the durations, one band per unit', () => {
    expect(l.durations?.title.lines).toEqual(['Durations']);
    expect(l.durations?.facets.map((f) => f.unit)).toEqual(['years', 'months']);
    expect(l.durations?.facets[0]?.top).toBeGreaterThan(undated.bottom);
    expect(l.height).toBeGreaterThan(l.durations?.facets.at(-1)?.bottom ?? 0);
  });

  it('draws a duration as a length: a stem from the axis’s zero to the point', () => {
    const points = (l.durations?.facets ?? []).flatMap((f) =>
      f.rows.flatMap((r) => (r.geometry.kind === 'point' ? [{ stem: r.geometry.stem, zero: f.left }] : []))
    );
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.stem).toBeCloseTo(p.zero, 5);
  });

  it('a timeline with only dated events needs no lane headings', () => {
    const only = shapeTimeline(def, events.slice(0, 3), ctx(), ui.units, ui.months);
    const lo = layoutTimeline(only, { width: 640, lang: 'en' });
    expect(lo.lanes.map((x) => [x.kind, x.title])).toEqual([['dated', null]]);
    expect(lo.durations).toBeNull();
  });
});
