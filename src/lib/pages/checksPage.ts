import type { Dataset } from '../data/dataset';
import type { Lang } from '../schema';
import { checkRows, type CheckRow } from '../verify';

/** The /checks page: every figure against its primary record, in the page's language. */
export function checksPage(d: Dataset, lang: Lang): { rows: CheckRow[] } {
  return { rows: checkRows(d, lang) };
}

/** checks.csv: the rows of /checks in English, the language of the download's column names. */
export function checksFile(d: Dataset): CheckRow[] {
  return checkRows(d, 'en');
}
