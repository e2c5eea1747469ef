import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { readDataset } from '../../../src/lib/data/readDataset';
import type { Figure } from '../../../src/lib/schema';
import { CONFLICT_WORDS, conflictsByFigure } from '../../../src/lib/verify';
import { ARTICLE, chart, fig } from '../charts/fixtures';

// Chart pages once judged conflicts with their own rule while figure pages and /checks used verify's; the two
// disagreed on attribution-only differences and on date spans that overlap without one containing the other.
// Now there is one rule (verify/claimConflicts) and the chart page lists what it finds, with how they differ.
function pageOf(figures: Figure[]) {
  const d = {
    figures,
    articles: [ARTICLE],
    charts: [chart({ id: 'c', type: 'timeline', figures: figures.map((f) => f.id) })],
    mentions: []
  };
  return chartPage(d, 'c', 'en');
}

describe('one conflict rule for chart pages and figure pages', () => {
  // The cases where the chart kit's old citationsDiffer and verify's claimConflicts disagreed, and their
  // neighbours: the chart page now says what verify says, in the words figure pages use.
  const dated = { unit: 'date' as const, value: null, date_precision: '' as const };
  it.each([
    ['overlapping spans (2018-H2, 2018-winter) agree', { date: '2018-H2' }, { date: '2018-winter' }, []],
    ['a year and a half inside it agree', { date: '2018' }, { date: '2018-H1' }, []],
    ['disjoint spans disagree', { date: '2018-H1' }, { date: '2019-H2' }, ['dates differ']],
    [
      'two named sources, same date: an attribution-only difference',
      { date: '2018', attributed_to: 'IDC' },
      { date: '2018', attributed_to: 'Gartner' },
      ['sources differ']
    ],
    [
      'a named source and an unattributed row agree',
      { date: '2018', attributed_to: 'IDC' },
      { date: '2018' },
      []
    ],
    [
      'disjoint spans and two named sources: both, in one note',
      { date: '2017', attributed_to: 'IDC' },
      { date: '2019', attributed_to: 'Gartner' },
      ['dates differ, sources differ']
    ]
  ] as [string, Partial<Figure>, Partial<Figure>, string[]][])('%s', (_name, overA, overB, how) => {
    const a = fig({ id: 'a', claim_id: 'k', ...dated, ...overA });
    const b = fig({ id: 'b', claim_id: 'k', ...dated, ...overB });
    const notes = pageOf([a, b])?.conflicts ?? [];
    // Each of the two figures gets a note naming the other, with every way they differ.
    expect(notes.map((n) => n.id)).toEqual(how.length ? ['a', 'b'] : []);
    expect(notes.flatMap((n) => n.differing.map((o) => o.how))).toEqual(how.length ? [how[0], how[0]] : []);
    const verify = conflictsByFigure({ figures: [a, b], mentions: [] }).get('a')?.claims ?? [];
    expect(verify.map((c) => CONFLICT_WORDS.en[c.kind]).join(', ')).toBe(how[0] ?? '');
  });

  it.each([
    ['intervals that meet agree', { value: null, low: 10, high: 20 }, { value: 15 }, []],
    ['intervals apart disagree', { value: 30 }, { value: 15 }, ['values differ']],
    [
      'the same number, another qualifier',
      { value: 30, comparator: '>' },
      { value: 30 },
      ['qualifiers differ']
    ]
  ] as [string, Partial<Figure>, Partial<Figure>, string[]][])('%s', (_name, overA, overB, how) => {
    const a = fig({ id: 'a', claim_id: 'k', ...overA });
    const b = fig({ id: 'b', claim_id: 'k', ...overB });
    const notes = pageOf([a, b])?.conflicts ?? [];
    expect(notes.flatMap((n) => n.differing.map((o) => o.how))).toEqual(how.length ? [how[0], how[0]] : []);
  });

  it('on the real data, a chart page lists exactly the claim conflicts figure pages show', () => {
    const { dataset } = readDataset('data');
    const byFigure = conflictsByFigure(dataset);
    for (const def of dataset.charts) {
      const page = chartPage(dataset, def.id, 'en');
      for (const id of def.figures) {
        const listed = page?.conflicts.find((c) => c.id === id)?.differing.map((o) => o.id) ?? [];
        const claims = byFigure.get(id)?.claims ?? [];
        const others = [
          ...new Set(claims.map((c) => (c.figureIds[0] === id ? c.figureIds[1] : c.figureIds[0])))
        ];
        expect(listed.sort()).toEqual(others.sort());
      }
    }
  });
});
