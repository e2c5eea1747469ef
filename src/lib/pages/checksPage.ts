import type { Dataset } from '../data/dataset';
import type { Lang, Verdict } from '../schema';
import { checkRows, type CheckRow } from '../verify';
import { checkHaystack, verdictCounts } from './filterChecks';

/**
 * The /checks page: every figure against its primary record, in the page's language, with how many rows
 * have each verdict. The page does not hydrate: its filters come with the enhancement script (`enhance`).
 */
export function checksPage(
  d: Dataset,
  lang: Lang
): { rows: (CheckRow & { find: string })[]; counts: Map<Verdict, number>; enhance: boolean } {
  const rows = checkRows(d, lang);
  return {
    rows: rows.map((r) => ({ ...r, find: checkHaystack(r) })),
    counts: verdictCounts(rows),
    enhance: true
  };
}

/** checks.csv: the rows of /checks in English, the language of the download's column names. */
export function checksFile(d: Dataset): CheckRow[] {
  return checkRows(d, 'en');
}
