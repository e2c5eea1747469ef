import { precisionOf } from '../../schema/cells';
import { PARTIAL_DATE } from '../../schema/vocab';
import type { Draft, Precision } from '../types';

/**
 * The drafts as rows the dataset's schema accepts: a range of months or days (3月至5月, 7月23日至25日) becomes its
 * two dates, each with its own span; a date the schema cannot hold (a day without its month, a half-year
 * without its year) is dropped rather than reported wrong. `fillYear` resolves `--07-23` first.
 */
export function schemaDrafts(d: Draft, fillYear: (d: Draft) => Draft): Draft[] {
  const { split, ...rest } = d;
  const parts: Draft[] = [rest];
  if (split && rest.date?.includes('/')) {
    const [from = '', to = ''] = rest.date.split('/');
    // Each date keeps its own precision: 2018年9月至2019年3月23日 is a month and a day.
    const own = (date: string) => precisionOf(date) as Precision;
    parts[0] = { ...rest, end: split.firstEnd, date: from, precision: own(from), kind: 'date' };
    parts[1] = { ...rest, start: split.secondStart, date: to, precision: own(to), kind: 'date' };
  }
  const out: Draft[] = [];
  for (const p of parts) {
    const f = fillYear(p);
    if (f.date === undefined || PARTIAL_DATE.test(f.date)) out.push(f);
  }
  return out;
}
