import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARTS, modelParts } from '../../../src/lib/charts/modelParts';
import { modelRows } from '../../../src/lib/charts/rows';
import { shapeChart } from '../../../src/lib/charts/shape';
import { layoutTimeline } from '../../../src/lib/charts/timeline/layout';
import type { BarModel, ChartModel, IntervalModel, TimelineModel } from '../../../src/lib/charts/types';
import type { Figure } from '../../../src/lib/schema';
import { chart, ctx, fig } from './fixtures';

const ids = (m: ChartModel) => modelRows(m).map((r) => r.id);
/** A slide that takes at most `n` rows (the real test is a stage layout's width; rows stand in for it). */
const rowsAtMost = (n: number) => (m: ChartModel) => modelRows(m).length <= n;

const years = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    fig({ id: `y${i}`, unit: 'year', value: 2010 + i, date: `${2010 + i}` })
  );

function timeline(figures: Figure[]): TimelineModel {
  return shapeChart(
    chart({ type: 'timeline', figures: figures.map((f) => f.id) }),
    figures,
    ctx()
  ) as TimelineModel;
}

describe('modelParts: a chart too tall for one slide, cut where a reader expects', () => {
  it('keeps a chart that fits whole (the same object)', () => {
    const model = timeline(years(3));
    expect(modelParts(model, rowsAtMost(10))).toEqual([model]);
  });

  it("keeps a timeline's sections together: dated events on one part, no-year dates and durations on the next", () => {
    const figures = [
      ...years(6),
      fig({ id: 'm1', unit: 'date', value: null, date: '--05' }),
      fig({ id: 'm2', unit: 'date', value: null, date: '--07-23' }),
      fig({ id: 'd1', unit: 'years', value: 6 })
    ];
    const parts = modelParts(timeline(figures), rowsAtMost(7));
    expect(parts.map(ids)).toEqual([
      ['y0', 'y1', 'y2', 'y3', 'y4', 'y5'],
      ['m1', 'm2', 'd1']
    ]);
  });

  it('dates every part of a cut timeline on the whole chart’s years', () => {
    const parts = modelParts(timeline(years(10)), rowsAtMost(4)) as TimelineModel[];
    expect(parts.map((p) => p.dated.length)).toEqual([4, 4, 2]);
    const axes = parts.map((p) => {
      const lane = layoutTimeline(p, { width: 800, lang: 'en' }).lanes[0]!;
      return [lane.ticks[0]?.label, lane.ticks.at(-1)?.label];
    });
    expect(new Set(axes.map((a) => a.join('–')))).toEqual(new Set(['2010–2020']));
  });

  it('draws every part of a cut bar chart on the whole chart’s axis', () => {
    const figures = Array.from({ length: 9 }, (_, i) => fig({ id: `b${i}`, unit: '%', value: 10 + 7 * i }));
    const model = shapeChart(
      chart({ type: 'bar', figures: figures.map((f) => f.id) }),
      figures,
      ctx()
    ) as BarModel;
    const parts = modelParts(model, rowsAtMost(3)) as BarModel[];
    // The whole chart's values run 10 to 66: its axis is 0–70, and so is every part's.
    expect(parts).toHaveLength(3);
    expect(new Set(parts.map((p) => `${p.min}–${p.max}`))).toEqual(new Set(['0–70']));
  });

  it('puts each band of an interval chart on a part of its own when two do not fit together', () => {
    const figures = [
      fig({ id: 'u1', unit: 'USD', value: 2e9 }),
      fig({ id: 'u2', unit: 'USD', value: 3e8 }),
      fig({ id: 'u3', unit: 'USD', value: 1e6 }),
      fig({ id: 'c1', unit: 'CNY', value: 1e5 }),
      fig({ id: 'c2', unit: 'CNY', value: 1.25e6 })
    ];
    const def = chart({ type: 'dot-log', scale: 'log', facet_by: 'unit', figures: figures.map((f) => f.id) });
    const model = shapeChart(def, figures, ctx()) as IntervalModel;
    const parts = modelParts(model, rowsAtMost(4)) as IntervalModel[];
    expect(parts.map((p) => p.facets.map((f) => f.unit))).toEqual([['USD'], ['CNY']]);
  });

  it(`keeps a chart whole rather than cut it into more than ${MAX_PARTS} slides`, () => {
    const model = timeline(years(40));
    expect(modelParts(model, rowsAtMost(5))).toEqual([model]);
    expect(modelParts(model, rowsAtMost(7))).toHaveLength(6);
  });

  it('draws a single row that never fits on a part of its own rather than losing it', () => {
    const model = timeline(years(3));
    const parts = modelParts(model, (m) => modelRows(m).length <= 1 && ids(m)[0] !== 'y1');
    expect(parts.map(ids)).toEqual([['y0'], ['y1'], ['y2']]);
  });

  it('property: the parts hold every row of the chart exactly once, in order, and each fits unless alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        (dated, noYear, durations, budget) => {
          const figures = [
            ...years(dated),
            ...Array.from({ length: noYear }, (_, i) =>
              fig({ id: `m${i}`, unit: 'date', value: null, date: `--0${i + 1}` })
            ),
            ...Array.from({ length: durations }, (_, i) =>
              fig({ id: `d${i}`, unit: i % 2 ? 'months' : 'years', value: i + 1 })
            )
          ];
          const model = timeline(figures);
          const parts = modelParts(model, rowsAtMost(budget));
          expect(parts.flatMap(ids)).toEqual(ids(model));
          expect(parts.length).toBeLessThanOrEqual(MAX_PARTS);
          if (parts.length > 1)
            for (const p of parts) expect(modelRows(p).length).toBeLessThanOrEqual(budget);
        }
      )
    );
  });
});
