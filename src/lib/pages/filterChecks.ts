import { VERDICTS, type Verdict } from '../schema/vocab';
import type { CheckRow } from '../verify/checkRows';

/** What a reader narrows /checks to: one verdict or all, and words to find. */
export type ChecksFilter = { verdict: Verdict | 'all'; query: string };

/**
 * The words of a row that the filter looks in: the subject, metric, article, record's publisher and id,
 * lower-cased. The page writes it on each row (data-find), so the browser filters without the rows' data.
 */
export function checkHaystack(r: CheckRow): string {
  return `${r.subject} ${r.metric} ${r.article} ${r.publisher} ${r.id}`.toLowerCase();
}

/** Whether a row of this verdict and these words (checkHaystack) passes the filter (case ignored). */
export function checkMatches(haystack: string, verdict: string, f: ChecksFilter): boolean {
  return (f.verdict === 'all' || verdict === f.verdict) && haystack.includes(f.query.trim().toLowerCase());
}

/** The rows of /checks a filter keeps, in their order. */
export function filterChecks(rows: readonly CheckRow[], f: ChecksFilter): CheckRow[] {
  return rows.filter((r) => checkMatches(checkHaystack(r), r.verdict, f));
}

/** How many rows have each verdict: the counts the verdict menu shows. */
export function verdictCounts(rows: readonly CheckRow[]): Map<Verdict, number> {
  return new Map(VERDICTS.map((v) => [v, rows.filter((r) => r.verdict === v).length]));
}
