import type { Check } from './inspect';

/**
 * KNOWN_FAILURES_PENDING_MERGE — defects this sweep found that other helpers are fixing on their own branches
 * right now. They are skipped here so this branch stays green; every other finding fails the test. The lead
 * deletes this table when merging those fixes: from then on the sweep enforces every check on every page.
 * `page` is the zh path (the en page is the same path under /en), `variants` matches "zh 390 light" etc.
 * For Calc (sweep-calc.test.ts) `page` matches the CSV's path in build/ and `variants` the CSV cell's text.
 * Used by tests/e2e/sweep.test.ts and tests/e2e/sweep-calc.test.ts; nothing else may skip a check.
 */
type Known = { page: RegExp; variants: RegExp; check: Check; owner: string };
export const KNOWN_FAILURES_PENDING_MERGE: Known[] = [
  // /figures table: Value, Subject and Article cells cut with text-overflow: ellipsis (44–100 per variant).
  { page: /^\/figures$/, variants: /./, check: 'ellipsis-cut', owner: 'present: issue 11 item 10' },
  // /checks: columns 32–44 px wide, headings and values one character per line; 454 px wide at 390 px.
  { page: /^\/checks$/, variants: /./, check: 'letter-by-letter', owner: 'present: issue 11 item 2' },
  { page: /^\/checks$/, variants: /390/, check: 'horizontal-overflow', owner: 'present: issue 11 item 2' },
  // /present: every slide stays on screen after →; its "图表" link breaks per character at 390 px; the
  // 960 px timeline cuts "Digital Science report “DeepSeek and the…".
  { page: /^\/present$/, variants: /./, check: 'present-slide', owner: 'present: issue 11 item 1' },
  { page: /^\/present$/, variants: /390/, check: 'letter-by-letter', owner: 'present: issue 11 item 1' },
  { page: /^\/present$/, variants: /1280/, check: 'ellipsis-cut', owner: 'present: issue 11 item 1' },
  // Embeds: the frame keeps 560 px (or a first, taller report) and labels are cut ("…brought…").
  { page: /^\/embed\//, variants: /./, check: 'ellipsis-cut', owner: 'publish: issue 11 item 4' },
  { page: /^\/embed\//, variants: /resize/, check: 'embed-height', owner: 'publish: issue 11 item 4' },
  // Timeline labels cut with an inserted "…" on chart pages and figure-page previews at 1280 px.
  {
    page: /^\/(charts\/timeline-|figures\/)/,
    variants: /1280/,
    check: 'ellipsis-cut',
    owner: 'charts: issue 11 item 11 (chart craft)'
  },
  // Calc (and Excel) read a month-precision date written as words, "October 2023", as the day 2023-10-01:
  // a day the article never gave. Not in any helper's items; the CSV writer is in the exports area.
  {
    page: /\.csv$/,
    variants:
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    check: 'calc-cell',
    owner: 'unassigned (CSV writer, src/lib/export): lead to decide'
  }
];
