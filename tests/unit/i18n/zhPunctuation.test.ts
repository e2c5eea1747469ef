import { describe, expect, it } from 'vitest';
import { modelRows } from '../../../src/lib/charts/rows';
import { chartView } from '../../../src/lib/charts/views';
import { describeComparator } from '../../../src/lib/format';
import { readDataset } from '../../../src/lib/data/readDataset';
import { strings } from '../../../src/lib/i18n/strings';
import { COMPARATORS } from '../../../src/lib/schema';

const CJK = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff“”‘’《》';
/** A half-width : , ( ) ; touching a Chinese character or Chinese quotation mark on either side. */
const HALF_WIDTH = new RegExp(`[${CJK}][:,;()]|[:,;()][${CJK}]`);

/** Every string in a nested object of UI text; functions are called with a sample number. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return texts((value as (n: number) => unknown)(3), `${path}()`);
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

const offending = (pairs: [string, string][]) =>
  pairs.filter(([, s]) => HALF_WIDTH.test(s)).map(([p, s]) => `${p}: ${s}`);

describe('Chinese interface text uses full-width punctuation', () => {
  it('the check sees the half-width punctuation the issue quotes', () => {
    expect(
      offending([
        ['a', '来源:IDC,转引自'],
        ['b', '市场份额(%)'],
        ['c', '（见注),完']
      ])
    ).toHaveLength(3);
    expect(
      offending([
        ['d', '来源：IDC，转引自'],
        ['e', '市场份额（%）'],
        ['f', 'IDC, 2024 (H2)']
      ])
    ).toEqual([]);
  });

  it('every zh string in strings.ts', () => {
    expect(offending(texts(strings.zh, 'zh'))).toEqual([]);
  });

  it('the qualifiers in words', () => {
    expect(offending(COMPARATORS.map((c) => [c, describeComparator(c, 'zh')]))).toEqual([]);
  });

  const { dataset } = readDataset('data');

  it('the curated zh labels in data/ (not the quotes, which stay verbatim)', () => {
    const pairs: [string, string][] = [
      ...dataset.figures.flatMap((f): [string, string][] => [
        [`${f.id}.subject_zh`, f.subject_zh],
        [`${f.id}.metric_zh`, f.metric_zh]
      ]),
      ...dataset.articles.map((a): [string, string] => [`${a.id}.label_zh`, a.label_zh]),
      ...dataset.charts.flatMap((c): [string, string][] => [
        [`${c.id}.title`, c.title.zh],
        [`${c.id}.subtitle`, c.subtitle.zh],
        ...c.notes.map((n, i): [string, string] => [`${c.id}.notes[${i}]`, n.zh])
      ])
    ];
    expect(offending(pairs)).toEqual([]);
  });

  it('what every zh chart computes: source line, summary, legend, labels, values and names of marks', () => {
    const pairs = dataset.charts.flatMap((def): [string, string][] => {
      const v = chartView(dataset, def, 'zh');
      return [
        [`${def.id}.source`, v.source],
        [`${def.id}.summary`, v.summary],
        ...v.legend.map((l): [string, string] => [`${def.id}.legend.${l.key}`, l.label]),
        ...modelRows(v.model).flatMap((m): [string, string][] => [
          [`${m.id}.label`, m.label],
          [`${m.id}.valueLabel`, m.valueLabel],
          [`${m.id}.ariaLabel`, m.ariaLabel],
          [`${m.id}.qualifier`, m.qualifier]
        ])
      ];
    });
    expect(pairs.length).toBeGreaterThan(100);
    expect(offending(pairs)).toEqual([]);
  });
});
