import { cnDigit, digitAt, wordAt } from '../lexicon/chars';
import { dateDraft } from '../drafts';
import type { DateContext } from '../types';
import { readMonthDay, monthDayIso } from './readMonthDay';
import { readYearPart } from './readYearPart';
import type { Draft, RelativeYear } from '../types';

const WORDS: Record<string, [RelativeYear, number]> = {
  去年: ['last-year', -1],
  今年: ['this-year', 0],
  明年: ['next-year', 1],
  前年: ['year-before-last', -2],
  后年: ['year-after-next', 2],
  同年: ['same-year', 0],
  当年: ['same-year', 0]
};

/**
 * 去年 / 今年 / 明年 / 前年 / 后年 / 同年 (+ month, day, half, quarter, season). The year is resolved from
 * `publishedYear` (同年 / 当年 from the last explicit year in the text); when it cannot be, `relative` says
 * which year was meant and `date` keeps only the month part (`--03`), value null.
 */
export function readRelativeYear(
  s: string,
  i: number,
  ctx: DateContext,
  publishedYear: number | null
): Draft | null {
  const word = wordAt(s, i, Object.keys(WORDS));
  if (!word) return null;
  const prev = s.charAt(i - 1);
  // 三年前年… / 两年后年…: 前/后 belong to the number before; 当年 alone is too often "back then".
  if (
    (word === '前年' || word === '后年') &&
    (digitAt(s, i - 1) >= 0 || cnDigit(s, i - 1) >= 0 || prev === '年' || prev === '多')
  ) {
    return null;
  }
  const [relative, offset] = WORDS[word] ?? ['this-year', 0];
  const base = relative === 'same-year' ? ctx.lastYear : publishedYear;
  const year = base === null ? null : base + offset;
  const j = i + 2;
  const md = readMonthDay(s, j);
  const part = md ? null : readYearPart(s, j, true);
  if (word === '当年' && !md && !part) return null;
  let draft: Draft;
  if (md) draft = dateDraft(i, md.end, monthDayIso(year, md), md.day === null ? 'month' : 'day');
  else if (part) {
    const y = year === null ? '-' : String(year);
    draft = dateDraft(i, part.end, `${y}${part.suffix.replaceAll('{Y}', y)}`, part.precision, part.kind);
  } else {
    draft = {
      start: i,
      end: j,
      kind: 'year',
      value: year,
      low: null,
      high: null,
      comparator: '=',
      unit: 'year',
      scale: null,
      precision: 'year'
    };
    if (year !== null) draft.date = String(year);
  }
  if (year === null) draft.relative = relative;
  return draft;
}
