import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { readDataset } from '../../../src/lib/data/readDataset';
import type { Figure } from '../../../src/lib/schema';
import { conflictsByFigure } from '../../../src/lib/verify';
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
  it.each([
    ['overlapping spans (2018-H2, 2018-winter) agree', '2018-H2', '2018-winter', 'IDC', 'IDC', []],
    ['disjoint spans disagree', '2018-H1', '2019-H2', 'IDC', 'IDC', ['dates differ']],
    ['two named sources for one claim disagree', '2018', '2018', 'IDC', 'Gartner', ['sources differ']]
  ])('%s', (_name, dateA, dateB, whoA, whoB, how) => {
    const base = { claim_id: 'k', unit: 'date' as const, value: null, date_precision: '' as const };
    const a = fig({ id: 'a', ...base, date: dateA, attributed_to: whoA });
    const b = fig({ id: 'b', ...base, date: dateB, attributed_to: whoB });
    const notes = pageOf([a, b])?.conflicts ?? [];
    expect(notes.flatMap((n) => n.differing.map((o) => o.how))).toEqual(how.length ? [how[0], how[0]] : []);
    const verify = conflictsByFigure({ figures: [a, b], mentions: [] }).get('a')?.claims ?? [];
    expect(verify.length).toBe(how.length);
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
