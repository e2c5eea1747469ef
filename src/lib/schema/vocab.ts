/**
 * The closed vocabularies every data file and every module shares. Kept apart from the zod schemas so that
 * low-level modules (the quantity recognizer) and browser code can import the lists without pulling in zod:
 * zod in a page's JavaScript probes `Function('')`, which the site's CSP reports as a violation.
 */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const STATUSES = ['as-cited', 'corroborated', 'conflicting'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'season', 'half', 'year', 'years'] as const;
export const TOPICS = ['cloud-market', 'research', 'compute', 'money', 'people', 'events'] as const;
export type Topic = (typeof TOPICS)[number];

export const CHART_TYPES = ['bar', 'grouped-bar', 'interval', 'dot-log', 'timeline'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const CHART_SCALES = ['linear', 'log'] as const;
export type ChartScale = (typeof CHART_SCALES)[number];

/**
 * How a figure fared against its primary record (data/records.csv). `partly`: the record supports the number
 * but not what the article says it counts (50 AI researchers cited as 50 PhDs).
 */
export const VERDICTS = ['matches', 'partly', 'differs', 'unverified', 'not-checkable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a `differs` or `partly` record disagrees with the article about (records.csv `differs_in`). */
export const DIFFERENCES = ['value', 'counted', 'unit', 'date', 'attribution'] as const;
export type Difference = (typeof DIFFERENCES)[number];

/**
 * A partial date as precise as the article is: 2018, 2018-09, 2018-09-17, --07 or --07-23 (year not
 * stated), 2024-H2 (a half-year), 2018-autumn (a season), or 2017/2022 (an interval of years).
 */
export const PARTIAL_DATE =
  /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-H[12]|-(?:spring|summer|autumn|winter))?|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{4}\/\d{4})$/;

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
  'date',
  // Added for the recognizer: more currencies (ISO 4217), percentage points, and discounts (九折 = 90).
  'EUR',
  'JPY',
  'GBP',
  'CHF',
  'TWD',
  'NGN',
  'KRW',
  'AUD',
  'CAD',
  'RUB',
  'SGD',
  'INR',
  'pp',
  'discount'
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
  date: 'calendar',
  EUR: 'money',
  JPY: 'money',
  GBP: 'money',
  CHF: 'money',
  TWD: 'money',
  NGN: 'money',
  KRW: 'money',
  AUD: 'money',
  CAD: 'money',
  RUB: 'money',
  SGD: 'money',
  INR: 'money',
  // A difference of two shares (3个百分点), never drawn on a % axis: its own unit keeps charts apart.
  pp: 'share',
  // The share of the list price paid (九折 = 90): a price factor, not a share of a whole.
  discount: 'ratio'
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
