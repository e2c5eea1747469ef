import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelRows } from '../../../src/lib/charts/rows';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { chartView } from '../../../src/lib/pages/chartView';
import { describeComparator } from '../../../src/lib/format';
import { readDataset } from '../../../src/lib/data/readDataset';
import { strings } from '../../../src/lib/i18n/strings';
import { COMPARATORS } from '../../../src/lib/schema';
import { figureCheck } from '../../../src/lib/verify';
import { figurePage } from '../../../src/lib/pages/figurePage';

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

/** A Chinese name followed by the data's English gloss, "天眼查 (Tianyancha)": right on en pages only. */
const GLOSSED = /[\u4e00-\u9fff]\s*[（(][A-Za-z]/;

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

  it('what every zh figure page computes: its check, its attribution and its outlet', () => {
    const pairs = dataset.figures.flatMap((f): [string, string][] => {
      const check = figureCheck(dataset, f.id, 'zh');
      const page = figurePage(dataset, f.id, 'zh');
      return [
        // The other figure's quote inside “” stays verbatim; the words around it are ours.
        ...(check?.conflicts ?? []).map((c, i): [string, string] => [
          `${f.id}.conflicts[${i}]`,
          c.text.replace(/“[^”]*”/g, '“”')
        ]),
        [`${f.id}.differs`, check?.differs ?? ''],
        [`${f.id}.attributedTo`, page?.attributedTo ?? ''],
        [`${f.id}.outlet`, page?.outlet ?? '']
      ];
    });
    expect(offending(pairs)).toEqual([]);
    // A zh page names a source in Chinese: the data's English gloss ("天眼查 (Tianyancha)") stays on en pages.
    const glossed = pairs.filter(([p, s]) => p.endsWith('attributedTo') && GLOSSED.test(s));
    expect(glossed).toEqual([]);
  });

  it('the attributions a zh chart page lists', () => {
    const names = dataset.charts.flatMap((def) => chartPage(dataset, def.id, 'zh')?.attributions ?? []);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => GLOSSED.test(n) || /unattributed|unnamed/.test(n))).toEqual([]);
  });

  it('zh text written in the code itself (string literals and markup of src/, outside the recognizer)', () => {
    // The recognizer (src/lib/quantity) holds patterns of the articles' own punctuation, not interface text;
    // the interface strings (i18n/zh.ts, en.ts) are checked above, by language (its en strings may put an English comma after a 数百).
    // Here only an ideograph touching the mark counts: English text may put “” next to a bracket.
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|svelte)$/.test(f) && !/^lib\/(quantity|i18n\/(en|zh|strings)\.ts)/.test(f))
      .map((f) => join('src', f));
    expect(files.length).toBeGreaterThan(100);
    const pairs = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i): [string, string][] =>
          /^\s*(\/\/|\*|\/\*)/.test(line)
            ? []
            : [...line.matchAll(/'[^']*'|`[^`]*`|>[^<>{}]+</g)].map((m): [string, string] => [
                `${file}:${i + 1}`,
                m[0]
              ])
        )
    );
    const ideograph = /[\u4e00-\u9fff][:,;()]|[:,;()][\u4e00-\u9fff]/;
    expect(pairs.filter(([, t]) => ideograph.test(t)).map(([p, t]) => `${p}: ${t}`)).toEqual([]);
  });
});
