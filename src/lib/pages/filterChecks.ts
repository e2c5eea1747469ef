import { VERDICTS, type Verdict } from '../schema/vocab';
import type { CheckRow } from '../verify/checkRows';

/** What a reader narrows /checks to: one verdict or all, and words to find. */
export type ChecksFilter = { verdict: Verdict | 'all'; query: string };

/**
 * The rows of /checks a filter keeps: of the verdict asked for, with the words in the subject, metric,
 * article, record's publisher or id (case ignored). Runs in the browser as the reader types.
 */
export function filterChecks(rows: readonly CheckRow[], { verdict, query }: ChecksFilter): CheckRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (verdict === 'all' || r.verdict === verdict) &&
      `${r.subject} ${r.metric} ${r.article} ${r.publisher} ${r.id}`.toLowerCase().includes(q)
  );
}

/** How many rows have each verdict: the counts the verdict menu shows. */
export function verdictCounts(rows: readonly CheckRow[]): Map<Verdict, number> {
  return new Map(VERDICTS.map((v) => [v, rows.filter((r) => r.verdict === v).length]));
}
