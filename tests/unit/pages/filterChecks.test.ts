import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import { checksPage } from '../../../src/lib/pages/checksPage';
import { checkMatches, filterChecks, verdictCounts } from '../../../src/lib/pages/filterChecks';
import type { ChecksFilter } from '../../../src/lib/pages/filterChecks';

const { dataset } = readDataset('data');

describe('/checks filters in the browser as the app did', () => {
  const page = checksPage(dataset, 'en');

  it('every row carries the words the filter looks in, lower-cased, and the menu its counts', () => {
    expect(page.rows.length).toBeGreaterThan(50);
    for (const r of page.rows) {
      expect(r.find).toBe(`${r.subject} ${r.metric} ${r.article} ${r.publisher} ${r.id}`.toLowerCase());
    }
    expect([...page.counts.values()].reduce((a, b) => a + b, 0)).toBe(page.rows.length);
    expect(page.counts).toEqual(verdictCounts(page.rows));
    expect(page.enhance).toBe(true);
  });

  it.each<[ChecksFilter, (n: number) => boolean]>([
    [{ verdict: 'all', query: '' }, (n) => n === page.rows.length],
    [{ verdict: 'differs', query: '' }, (n) => n > 0 && n < page.rows.length],
    [{ verdict: 'all', query: '  ZAPPOS ' }, (n) => n > 0],
    [{ verdict: 'matches', query: 'zappos' }, (n) => n >= 0],
    [{ verdict: 'all', query: 'no such words anywhere' }, (n) => n === 0]
  ])('%o: the rows the page keeps (data-verdict, data-find) are filterChecks’ rows', (f, size) => {
    const kept = page.rows.filter((r) => checkMatches(r.find, r.verdict, f)).map((r) => r.id);
    expect(kept).toEqual(filterChecks(page.rows, f).map((r) => r.id));
    expect(size(kept.length)).toBe(true);
  });
});
