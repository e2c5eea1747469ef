/**
 * The closed vocabularies every data file and every module shares. Kept apart from the zod schemas so that
 * low-level modules (the quantity recognizer) can import the lists without pulling in zod.
 */

/** How the article qualified a number: exactly, approximately, a bound, or a range. */
export const COMPARATORS = ['=', '~', '>', '>=', '<', '<=', 'range'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Units a figure can carry. Money is in the currency the article used; scale words are already applied. */
export const UNITS = [
  '%',
  'USD',
  'CNY',
  'HKD',
  'count',
  'people',
  'papers',
  'pages',
  'cities',
  'projects',
  'years',
  'months',
  'x',
  'rank',
  'year',
  'date'
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What kind of quantity each unit measures. A Record over every unit, so adding a unit does not compile until
 * it is classified; modules ask for a class instead of keeping their own lists of units.
 */
export const UNIT_CLASS: Record<
  Unit,
  'share' | 'money' | 'count' | 'duration' | 'ratio' | 'rank' | 'calendar'
> = {
  '%': 'share',
  USD: 'money',
  CNY: 'money',
  HKD: 'money',
  count: 'count',
  people: 'count',
  papers: 'count',
  pages: 'count',
  cities: 'count',
  projects: 'count',
  years: 'duration',
  months: 'duration',
  x: 'ratio',
  rank: 'rank',
  year: 'calendar',
  date: 'calendar'
};

/** Units of things counted one by one (what the generic counter 个 can stand for). */
export const isCountUnit = (u: Unit): boolean => UNIT_CLASS[u] === 'count';

/** Units counted in whole numbers: an axis never shows half a person, a month or a rank. */
export const isWholeUnit = (u: Unit): boolean =>
  UNIT_CLASS[u] !== 'share' && UNIT_CLASS[u] !== 'money' && UNIT_CLASS[u] !== 'ratio' && u !== 'date';

/** Kinds of mention the recognizer reports. */
export const MENTION_KINDS = [
  'number',
  'percent',
  'money',
  'ratio',
  'count',
  'ordinal',
  'date',
  'year',
  'period'
] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
