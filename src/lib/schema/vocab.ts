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
