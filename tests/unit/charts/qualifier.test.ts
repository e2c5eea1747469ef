import { describe, expect, it } from 'vitest';
import { axisTicks, tickLabel, valueDomain, valueScale } from '../../../src/lib/charts/axis';
import { toMark } from '../../../src/lib/charts/marks';
import { glyphFor, valueLabel } from '../../../src/lib/charts/qualifier';
import type { Comparator } from '../../../src/lib/schema';
import { ctx, fig } from './fixtures';

describe('qualifier glyph selection', () => {
  it.each<[Comparator, string]>([
    ['=', 'solid'],
    ['~', 'hollow'],
    ['>', 'lower'],
    ['>=', 'lower'],
    ['<', 'upper'],
    ['<=', 'upper'],
    ['range', 'range']
  ])('%s is drawn as %s', (c, glyph) => {
    expect(glyphFor(c)).toBe(glyph);
  });
});

describe('value labels carry the qualifier symbol', () => {
  it.each([
    [{ value: 1800, comparator: '~', unit: 'people' }, 'en', '≈1,800 people'],
    [{ value: 1800, comparator: '~', unit: 'people' }, 'zh', '≈1800人'],
    [{ value: null, low: 100, comparator: '>', unit: 'papers' }, 'en', '>100 papers'],
    [{ value: null, low: 10, comparator: '>=', unit: '%' }, 'en', '≥10%'],
    [{ value: null, high: 1, comparator: '<', unit: '%' }, 'zh', '<1%'],
    [{ value: null, low: 200, high: 900, comparator: 'range', unit: 'people' }, 'en', '200–900 people'],
    [{ value: null, low: 200, high: 900, comparator: 'range', unit: 'people' }, 'zh', '200至900人'],
    [{ value: 2e9, comparator: '=', unit: 'USD' }, 'en', 'US$2 billion'],
    [{ value: 100000, comparator: '=', unit: 'CNY' }, 'zh', '10万元'],
    [{ value: 2012, comparator: '~', unit: 'year', date: '2012' }, 'en', '≈2012'],
    [{ value: null, comparator: '=', unit: 'date', date: '2018-autumn' }, 'zh', '2018年秋']
  ] as const)('%o in %s → %s', (f, lang, label) => {
    const base = { value: null, low: null, high: null, date: '' };
    expect(valueLabel(Object.assign(base, f), lang)).toBe(label);
  });

  it('marks a conflicting figure with a dagger the legend explains', () => {
    expect(
      toMark(fig({ id: 'x', value: 5, unit: '%', status: 'conflicting' }), ctx(), 'subject').valueLabel
    ).toBe('5% †');
  });

  it('names a mark by subject, metric and value in words', () => {
    const m = toMark(fig({ id: 'x', value: 1800, comparator: '~', unit: 'people' }), ctx(), 'subject-metric');
    expect(m).toMatchObject({
      href: '/en/figures/x',
      label: 'Subject x: Metric',
      ariaLabel: 'Subject x, Metric: about 1,800 people',
      glyph: 'hollow',
      qualifier: 'approximate'
    });
  });
});

describe('axes', () => {
  const marks = (values: number[]) =>
    values.map((v, i) => toMark(fig({ id: `m${i}`, value: v }), ctx(), 'subject'));

  it.each([
    ['linear from zero, niced', [3, 47], 'linear', [0, 50]],
    ['log in whole decades', [75e6, 2e9], 'log', [1e7, 1e10]],
    ['log widened to a decade when all values share one', [500, 500], 'log', [100, 1000]]
  ] as const)('%s', (_, values, kind, domain) => {
    expect(valueDomain(marks([...values]), kind, { min: null, max: null })).toEqual(domain);
  });

  it('fixed ends from the chart win', () => {
    expect(valueDomain(marks([20]), 'linear', { min: 0, max: 100 })).toEqual([0, 100]);
  });

  it('leaves room beyond a lower bound for its arrow', () => {
    const m = [
      toMark(fig({ id: 'b', value: null, low: 100, comparator: '>', unit: 'papers' }), ctx(), 'subject')
    ];
    expect(valueDomain(m, 'linear', { min: null, max: null })[1]).toBeGreaterThanOrEqual(130);
    expect(valueDomain(m, 'log', { min: null, max: null })[1]).toBe(1000);
  });

  it('linear ticks are scale.ticks() at their x, labelled with the unit symbol', () => {
    const x = valueScale('linear', [0, 30], [0, 300]);
    const ticks = axisTicks(x, 'linear', '%', 'en', 320);
    expect(ticks.map((t) => t.value)).toEqual(x.ticks(4));
    expect(ticks.map((t) => [t.x, t.label])).toEqual([
      [0, '0%'],
      [100, '10%'],
      [200, '20%'],
      [300, '30%']
    ]);
  });

  it('keeps the first and last tick labels inside the chart', () => {
    const ticks = axisTicks(valueScale('linear', [0, 100], [6, 354]), 'linear', '%', 'en', 360);
    expect(ticks[0]).toMatchObject({ anchor: 'start' });
    expect(ticks.at(-1)).toMatchObject({ anchor: 'end', labelX: 358 });
    expect(ticks.slice(1, -1).every((t) => t.anchor === 'middle')).toBe(true);
  });

  it('log ticks keep the powers of ten', () => {
    const x = valueScale('log', [1e7, 1e10], [0, 600]);
    expect(axisTicks(x, 'log', 'USD', 'en', 600).map((t) => t.label)).toEqual(['10M', '100M', '1B', '10B']);
    expect(axisTicks(x, 'log', 'USD', 'zh', 600).map((t) => t.label)).toEqual([
      '1000万',
      '1亿',
      '10亿',
      '100亿'
    ]);
  });

  it('whole-number units never get fractional ticks', () => {
    const x = valueScale('linear', [0, 2], [0, 600]);
    expect(axisTicks(x, 'linear', 'months', 'en', 600).map((t) => t.value)).toEqual([0, 1, 2]);
  });

  it.each([
    [26.1, '%', 'en', '26.1%'],
    [10, 'x', 'en', '10×'],
    [1000, 'x', 'en', '1,000×'],
    [3, 'rank', 'zh', '第3'],
    [1e9, 'USD', 'en', '1B'],
    [1e5, 'CNY', 'zh', '10万'],
    [20000, 'papers', 'en', '20,000']
  ] as const)('tick label %s %s %s → %s', (n, unit, lang, label) => {
    expect(tickLabel(n, unit, lang)).toBe(label);
  });
});
