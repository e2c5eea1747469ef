import { describe, expect, it } from 'vitest';
import { suggestChartType } from '../../../../scripts/lib/desk/chartChoice';

const f = (unit: string, value: number | null, comparator = '=') => ({
  unit,
  value,
  comparator,
  topic: 'money'
});

describe('suggestChartType: the type the units call for', () => {
  it.each([
    [[f('%', 24.7), f('%', 13.9)], 'bar'],
    [[f('date', null), f('year', 2017)], 'timeline'],
    [[f('people', 100, '>'), f('people', 50)], 'interval'],
    [[f('USD', 1e9), f('CNY', 5e6)], 'dot-log'],
    [[f('USD', 1e9), f('USD', 2e9)], 'bar']
  ])('%j → %s', (figs, want) => expect(suggestChartType(figs)).toBe(want));
});
