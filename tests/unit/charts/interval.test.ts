import { describe, expect, it } from 'vitest';
import { layoutDotLog } from '../../../src/lib/charts/dot-log/layout';
import { shapeDotLog } from '../../../src/lib/charts/dot-log/shape';
import { glyphGeometry, layoutInterval } from '../../../src/lib/charts/interval/layout';
import { shapeInterval } from '../../../src/lib/charts/interval/shape';
import { placeValueLabel, rowFrame, WIDE } from '../../../src/lib/charts/place';
import { strings } from '../../../src/lib/i18n/strings';
import { valueScale } from '../../../src/lib/charts/axis';
import { toMark } from '../../../src/lib/charts/marks';
import { chart, ctx, fig } from './fixtures';

const units = strings.en.chartUi.units;

const people = [
  fig({ id: 'jobs', value: 1800, comparator: '~', unit: 'people' }),
  fig({ id: 'experts', value: null, low: 200, high: 900, comparator: 'range', unit: 'people' }),
  fig({ id: 'fellows', value: 10, comparator: '~', unit: 'people' }),
  fig({ id: 'phds', value: 50, unit: 'people' })
];

describe('interval layout', () => {
  const model = shapeInterval(
    chart({ type: 'interval', figures: people.map((f) => f.id), scale: 'log' }),
    people,
    ctx(),
    units
  );

  it('keeps the order of the chart and one band without a heading', () => {
    expect(model.facets).toHaveLength(1);
    expect(model.facets[0]?.title).toBe('');
    expect(model.facets[0]?.marks.map((m) => m.id)).toEqual(['jobs', 'experts', 'fellows', 'phds']);
  });

  it('draws each qualifier as its glyph on a log axis of whole decades', () => {
    const l = layoutInterval(model, { width: 640, lang: 'en' });
    const band = l.facets[0]!;
    expect(band.domain).toEqual([10, 10000]);
    expect(band.ticks.map((t) => t.label)).toEqual(['10', '100', '1,000', '10,000']);
    const x = valueScale('log', band.domain, [band.left, band.right]);
    const [jobs, experts, fellows, phds] = band.rows;
    expect(jobs?.geometry).toEqual({ kind: 'point', cx: x(1800), r: 5 });
    expect(jobs?.glyph).toBe('hollow');
    expect(experts?.geometry).toEqual({ kind: 'range', x0: x(200), x1: x(900) });
    expect(fellows?.glyph).toBe('hollow');
    expect(phds?.glyph).toBe('solid');
  });

  it(`from ${WIDE}px labels sit beside the marks; narrower, above them`, () => {
    const wide = layoutInterval(model, { width: 720, lang: 'en' });
    expect(wide.mode).toBe('beside');
    const r = wide.facets[0]!.rows[0]!;
    expect(r.label.x).toBe(6);
    expect(wide.facets[0]!.left).toBeGreaterThan(r.label.x + 40);
    const narrow = layoutInterval(model, { width: 360, lang: 'en' });
    expect(narrow.mode).toBe('above');
    const n = narrow.facets[0]!.rows[0]!;
    expect(n.cy).toBeGreaterThan(n.label.y);
  });

  it('rows stack downwards without overlapping, and the axis comes after the last', () => {
    for (const width of [360, 640, 1000]) {
      const band = layoutInterval(model, { width, lang: 'en' }).facets[0]!;
      band.rows.forEach((row, i) => {
        const next = band.rows[i + 1];
        if (next) expect(next.top).toBeGreaterThanOrEqual(row.bottom);
      });
      expect(band.axisY).toBeGreaterThanOrEqual(band.rows.at(-1)!.bottom);
    }
  });

  it('facet_by unit: one band per unit, each with its heading and own axis', () => {
    const figs = [
      fig({ id: 'p', value: null, low: 100, comparator: '>', unit: 'papers' }),
      fig({ id: 's', value: 50, comparator: '~', unit: '%' })
    ];
    const m = shapeInterval(
      chart({ type: 'interval', figures: ['p', 's'], facet_by: 'unit', axes: { '%': { min: 0, max: 100 } } }),
      figs,
      ctx(),
      units
    );
    const l = layoutInterval(m, { width: 640, lang: 'en' });
    expect(l.facets.map((f) => [f.unit, f.title?.lines.join(' '), f.domain])).toEqual([
      ['papers', 'Papers', [0, 130]],
      ['%', 'Percent (%)', [0, 100]]
    ]);
    expect(l.facets[1]!.top).toBeGreaterThan(l.facets[0]!.bottom);
  });
});

describe('bounds and label placement', () => {
  const x = valueScale('linear', [0, 100], [20, 620]);
  const mark = (f: Parameters<typeof fig>[0]) => toMark(fig(f), ctx(), 'subject');

  it('a lower bound is a stop with an arrow to the right, an upper bound to the left', () => {
    const lower = glyphGeometry(mark({ id: 'l', value: null, low: 30, comparator: '>' }), x, 20, 620);
    expect(lower).toEqual({ kind: 'bound', stop: x(30), tip: x(30) + 84, dir: 'right' });
    const upper = glyphGeometry(mark({ id: 'u', value: null, high: 10, comparator: '<' }), x, 20, 620);
    expect(upper).toEqual({ kind: 'bound', stop: x(10), tip: 20, dir: 'left' });
  });

  it('an arrow never leaves the plot', () => {
    const g = glyphGeometry(mark({ id: 'l', value: null, low: 95, comparator: '>=' }), x, 20, 620);
    expect(g).toMatchObject({ tip: 620 });
  });

  it.each([
    ['right when it fits', 100, 110, 50, 640, { side: 'right', anchor: 'start', x: 115 }],
    [
      'left when the right is too close to the edge',
      560,
      600,
      80,
      640,
      { side: 'left', anchor: 'end', x: 555 }
    ],
    ['below when neither side has room', 40, 600, 120, 640, { side: 'below', anchor: 'start', x: 40 }]
  ] as const)('value label: %s', (_, start, end, w, width, want) => {
    expect(placeValueLabel(start, end, w, width)).toEqual(want);
  });

  it('in a wide frame a left label never runs into the label column', () => {
    const frame = rowFrame(['A fairly long label for a row'], 700);
    expect(placeValueLabel(frame.left + 5, 690, 60, 700, frame.left - 7)).toMatchObject({ side: 'below' });
  });
});

describe('dot-log: money by currency', () => {
  const money = [
    fig({ id: 'meta', value: 2e9, unit: 'USD' }),
    fig({ id: 'code', value: 1e5, unit: 'CNY' }),
    fig({ id: 'talent', value: null, low: 1e8, comparator: '>=', unit: 'USD' }),
    fig({ id: 'capital', value: 1.25e6, unit: 'CNY' })
  ];
  const def = chart({ type: 'dot-log', figures: money.map((f) => f.id), facet_by: 'unit' });

  it('never puts two currencies on one axis', () => {
    const m = shapeDotLog(def, money, ctx(), units);
    expect(m.facets.map((f) => [f.unit, f.title, f.scale, f.marks.map((x) => x.id)])).toEqual([
      ['USD', 'US dollars (US$)', 'log', ['meta', 'talent']],
      ['CNY', 'Chinese yuan (CN¥)', 'log', ['code', 'capital']]
    ]);
  });

  it('lays each currency out on its own log axis', () => {
    const l = layoutDotLog(shapeDotLog(def, money, ctx('zh'), strings.zh.chartUi.units), {
      width: 640,
      lang: 'zh'
    });
    expect(l.facets.map((f) => f.domain)).toEqual([
      [1e8, 1e10],
      [1e5, 1e7]
    ]);
    expect(l.facets[1]!.ticks.map((t) => t.label)).toEqual(['10万', '100万', '1000万']);
    expect(l.facets[0]!.rows.map((r) => r.value.text)).toEqual(['20亿美元', '≥1亿美元']);
  });
});
