import { describe, expect, it } from 'vitest';
import { layoutBar } from '../../../src/lib/charts/bar/layout';
import { shapeBar } from '../../../src/lib/charts/bar/shape';
import { layoutGroupedBar } from '../../../src/lib/charts/grouped-bar/layout';
import { shapeGroupedBar } from '../../../src/lib/charts/grouped-bar/shape';
import { NARROW } from '../../../src/lib/charts/place';
import { textWidth } from '../../../src/lib/charts/text';
import { chart, ctx, fig } from './fixtures';

const share = (id: string, value: number, subject: string) =>
  fig({ id, value, unit: '%', subject_en: subject, period: '2024-H2' });
const rank = (id: string, value: number, subject: string) =>
  fig({ id, value, unit: 'rank', subject_en: subject, period: '2024-H2' });

const figures = [
  share('s-b', 11.7, 'Tencent'),
  share('s-a', 24.4, 'Alibaba'),
  share('s-c', 9.2, 'AWS'),
  rank('r-c', 4, 'AWS'),
  rank('r-a', 1, 'Alibaba')
];
const def = chart({
  type: 'bar',
  figures: figures.map((f) => f.id),
  label_unit: 'rank',
  highlight: 's-c',
  axes: { '%': { min: 0 } }
});

describe('bar shaping', () => {
  const model = shapeBar(def, figures, ctx('en', 's-c'));

  it('sorts bars largest first and hangs each rank on its share', () => {
    expect(model.marks.map((m) => [m.id, m.labels.map((l) => l.valueLabel)])).toEqual([
      ['s-a', ['No. 1']],
      ['s-b', []],
      ['s-c', ['No. 4']]
    ]);
  });

  it('links every bar and label to its figure page and marks the highlight', () => {
    expect(model.marks.map((m) => m.href)).toEqual(['/en/figures/s-a', '/en/figures/s-b', '/en/figures/s-c']);
    expect(model.marks[2]?.labels[0]?.href).toBe('/en/figures/r-c');
    expect(model.marks.map((m) => m.highlight)).toEqual([false, false, true]);
  });
});

describe('bar layout', () => {
  const model = shapeBar(def, figures, ctx('en'));

  it('beside mode: labels right-aligned left of the bars, bars from x(0)', () => {
    const l = layoutBar(model, { width: 640, lang: 'en' });
    expect(l.mode).toBe('beside');
    const [a, b] = l.rows;
    expect(a?.label).toMatchObject({ anchor: 'end', lines: ['Alibaba'] });
    expect(a?.bar.x0).toBe(l.plot.left);
    expect(b?.bar.x0).toBe(l.plot.left);
    // Proportional: Tencent's bar is 11.7/24.4 of Alibaba's on a 0-based scale.
    const wA = (a?.bar.x1 ?? 0) - l.plot.left;
    const wB = (b?.bar.x1 ?? 0) - l.plot.left;
    expect(wB / wA).toBeCloseTo(11.7 / 24.4, 5);
  });

  it('value labels sit just past the bar end, ranks after the value, all inside the width', () => {
    const l = layoutBar(model, { width: 640, lang: 'en' });
    for (const row of l.rows) {
      expect(row.value.x).toBe(row.bar.x1 + 5);
      let end = row.value.x + textWidth(row.value.text, 13.2);
      for (const lab of row.labels) {
        expect(lab.x).toBeGreaterThan(end);
        end = lab.x + textWidth(lab.text, 13.2);
      }
      expect(end).toBeLessThanOrEqual(640);
    }
  });

  it('ticks come from the scale, 0% to the niced maximum', () => {
    const l = layoutBar(model, { width: 640, lang: 'en' });
    expect(l.ticks.map((t) => t.label)).toEqual(['0%', '5%', '10%', '15%', '20%', '25%']);
    expect(l.ticks[0]?.x).toBe(l.plot.left);
  });

  it(`narrower than ${NARROW}px: labels above their bars, the plot the full width`, () => {
    const l = layoutBar(model, { width: 320, lang: 'en' });
    expect(l.mode).toBe('above');
    const row = l.rows[0];
    expect(row?.label).toMatchObject({ anchor: 'start', x: 6 });
    expect(row?.bar.y).toBeGreaterThan(row?.label.y ?? 0);
    expect(l.plot.left).toBe(6);
  });

  it.each([
    ['>', 'lower', { low: 30, value: null }, 'right'],
    ['<', 'upper', { high: 1, value: null }, 'left'],
    ['range', 'range', { low: 2, high: 3, value: null }, 'range']
  ] as const)('a %s bar gets the %s extension', (comparator, glyph, v, dir) => {
    const f = fig({ id: 'q', unit: '%', comparator, ...v });
    const m = shapeBar(chart({ type: 'bar', figures: ['q'] }), [f], ctx());
    const row = layoutBar(m, { width: 640, lang: 'en' }).rows[0];
    expect(row?.glyph).toBe(glyph);
    expect(row?.ext?.dir).toBe(dir);
  });
});

describe('grouped bars', () => {
  const us = fig({
    id: 'us',
    value: 34036,
    unit: 'papers',
    subject_en: 'United States',
    period: '2017/2022'
  });
  const cn = fig({ id: 'cn', value: 29229, unit: 'papers', subject_en: 'China', period: '2017/2022' });
  const usRank = fig({
    id: 'us-rank',
    value: 1,
    unit: 'rank',
    subject_en: 'United States',
    period: '2017/2022'
  });
  const def = chart({
    type: 'grouped-bar',
    figures: ['us', 'cn', 'us-rank'],
    group_by: 'period',
    series_by: 'subject',
    label_unit: 'rank'
  });
  const model = shapeGroupedBar(def, [us, cn, usRank], ctx('en'));

  it('groups by period (in words) and colours by subject', () => {
    expect(model.groups.map((g) => g.label)).toEqual(['2017–2022']);
    expect(model.series.map((s) => s.label)).toEqual(['United States', 'China']);
    expect(model.groups[0]?.marks.map((m) => [m.id, m.series, m.labels.length])).toEqual([
      ['us', 0, 1],
      ['cn', 1, 0]
    ]);
  });

  it('lays out a heading per group, then one bar per series on one axis from zero', () => {
    const l = layoutGroupedBar(model, { width: 640, lang: 'en' });
    expect(l.headings.map((h) => h.text)).toEqual(['2017–2022']);
    expect(l.rows.map((r) => r.series)).toEqual([0, 1]);
    expect(l.rows[0]?.top).toBeGreaterThan(l.headings[0]?.y ?? 0);
    const [a, b] = l.rows;
    expect(((b?.bar.x1 ?? 0) - l.plot.left) / ((a?.bar.x1 ?? 0) - l.plot.left)).toBeCloseTo(29229 / 34036, 5);
  });
});
