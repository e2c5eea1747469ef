import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureListRow } from '../../../src/lib/table/figureTable';
import {
  decodeRows,
  encodeRows,
  filterRows,
  haystacks,
  rowWindow,
  sortRows
} from '../../../src/lib/table/figureTable';

const row = (id: string, over: Partial<FigureListRow> = {}): FigureListRow => ({
  id,
  topic: 'cloud-market',
  subject: `subject ${id}`,
  metric: 'share',
  value: '1%',
  sortValue: 1,
  period: '2024-H2',
  article: 'Article A',
  articleId: 'a',
  status: 'as-cited',
  verdict: 'matches',
  ...over
});

const rows = [
  row('x1', { subject: 'Alibaba', sortValue: 26.1, metric: 'IaaS share' }),
  row('x2', { subject: 'Huawei', sortValue: 13.1, metric: 'PaaS share', articleId: 'b', article: 'B' }),
  row('x3', { subject: 'AWS', sortValue: 9.2, metric: 'PaaS share', status: 'conflicting' })
];

describe('compact rows', () => {
  it('round-trips and stores each article once', () => {
    const c = encodeRows(rows);
    expect(c.articles).toEqual([
      ['a', 'Article A'],
      ['b', 'B']
    ]);
    expect(c.rows[0]).toEqual([
      'x1',
      'cloud-market',
      'Alibaba',
      'IaaS share',
      '1%',
      26.1,
      '2024-H2',
      0,
      'as-cited',
      'matches'
    ]);
    expect(decodeRows(JSON.parse(JSON.stringify(c)))).toEqual(rows);
  });
});

describe('filter and sort', () => {
  const hay = haystacks(rows);
  it('filters case-insensitively over the whole array, and keeps all rows for an empty query', () => {
    expect(filterRows(rows, hay, ' paas ').map((r) => r.id)).toEqual(['x2', 'x3']);
    expect(filterRows(rows, hay, '')).toBe(rows);
    expect(filterRows(rows, hay, 'nothing-matches')).toEqual([]);
  });
  it('sorts numbers numerically and text by collation, both directions, without mutating', () => {
    expect(sortRows(rows, 'sortValue', true).map((r) => r.id)).toEqual(['x3', 'x2', 'x1']);
    expect(sortRows(rows, 'sortValue', false).map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
    expect(sortRows(rows, 'subject', true).map((r) => r.subject)).toEqual(['Alibaba', 'AWS', 'Huawei']);
    expect(rows.map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
    expect(sortRows(rows, null, true)).toBe(rows);
  });
  it('handles 20,000 rows', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => row(`r${i}`, { sortValue: (i * 7919) % 20_000 }));
    const sorted = sortRows(filterRows(many, haystacks(many), 'r1'), 'sortValue', true);
    expect(sorted.length).toBe(many.filter((r) => r.id.includes('r1')).length);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.sortValue).toBeGreaterThanOrEqual(sorted[i - 1]!.sortValue);
  });
});

describe('rowWindow', () => {
  it('renders the rows in view plus a buffer, with spacers for the rest', () => {
    expect(rowWindow({ total: 20_000, rowHeight: 40, offset: 4000, viewport: 800, buffer: 10 })).toEqual({
      start: 90,
      end: 130,
      padTop: 3600,
      padBottom: (20_000 - 130) * 40
    });
  });
  it('starts at the top while the table is below the fold, and stops at the end', () => {
    expect(rowWindow({ total: 50, rowHeight: 40, offset: -300, viewport: 800, buffer: 5 })).toMatchObject({
      start: 0,
      end: 18,
      padTop: 0
    });
    expect(rowWindow({ total: 50, rowHeight: 40, offset: 99_999, viewport: 800, buffer: 5 })).toEqual({
      start: 50,
      end: 50,
      padTop: 2000,
      padBottom: 0
    });
  });
  it('always accounts for every row: rendered + spacers = total height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: -5000, max: 3_000_000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 50 }),
        (total, rowHeight, offset, viewport, buffer) => {
          const w = rowWindow({ total, rowHeight, offset, viewport, buffer });
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(total);
          expect(w.start).toBeLessThanOrEqual(w.end);
          expect(w.padTop + (w.end - w.start) * rowHeight + w.padBottom).toBe(total * rowHeight);
        }
      )
    );
  });
});
