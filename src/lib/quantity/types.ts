import type { Comparator, DATE_PRECISIONS, MentionKind, Unit } from '../schema/vocab';
import type { Qualifier } from './lexicon/readQualifier';

/**
 * How exact a date is: exactly the dataset's date precisions, so every mention is a row the schema accepts.
 * 'season' is written as the schema writes it (2025年初夏 → 2025-summer, see readSeason); quarters are dated by the half that holds them, decades and centuries as 'years'.
 */
export type Precision = (typeof DATE_PRECISIONS)[number];

/** What the date readers remember across a text: the last explicit year (同年) and month (for a bare 23日). */
export interface DateContext {
  lastYear: number | null;
  /** The last month named, as a partial date prefix ('2024-07' or '--07'), for a day written alone. */
  lastMonth: string | null;
}

/**
 * Which year a relative expression (去年3月, 今年, 同年12月) meant when it could not be resolved: without
 * `published` (or, for 同年, without an earlier explicit year) the date keeps only month/day (`--03`).
 */
export type RelativeYear =
  'last-year' | 'this-year' | 'next-year' | 'year-before-last' | 'year-after-next' | 'same-year';

export interface Mention {
  /** Offsets into the raw input (UTF-16 units, end exclusive); `text` = raw.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Set for '=' and '~', else null. */
  value: number | null;
  /** Set for '>' / '>=' (the bound) and 'range'. */
  low: number | null;
  /** Set for '<' / '<=' (the bound) and 'range'. */
  high: number | null;
  comparator: Comparator;
  unit: Unit | null;
  /**
   * The scale word(s) applied after the last digit: 万 / 亿 / 兆 (7500万 → 1e4, 10亿 → 1e8, 1.25万亿 → 1e12),
   * and 十 / 百 / 千 when they follow Arabic digits (3千 → 1e3). Null when there is none (1800, 一千八百, 26.1%).
   */
  scale: number | null;
  /** ISO-like partial date: 2018, 2018-09, 2018-09-17, --07-23, ---05, 2024-H2, 2024-Q3, 2017/2022. */
  date?: string;
  precision?: Precision;
  relative?: RelativeYear;
}

export interface RecognizeOptions {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the article was published, to resolve 去年 / 7月23日. */
  published?: string;
}

/**
 * A mention while the recognizer works on normalized text (offsets into that text). `split` marks a range of
 * months or days (3月至5月): the dataset dates no such interval, so it is reported as its two dates.
 */
export type Draft = Omit<Mention, 'text'> & { split?: { firstEnd: number; secondStart: number } };

/** What the readers around a numeral know about its context. */
export interface QuantityContext {
  /** A qualifier word right before the numeral (近, 超过 …). */
  prefix: Qualifier | null;
  /** End of the last identifier skipped (for 双11、618). */
  lastIdentifierEnd: number;
  /** End of the last mention: look-behinds never reach before it. */
  floor: number;
  date: DateContext;
}

/** What a reader found at a position, and where scanning resumes. */
export interface Outcome {
  drafts: Draft[];
  next: number;
  /** Set when an identifier was skipped. */
  identifierEnd?: number;
}
