import type { Figure, Topic, Verdict } from '../schema';

/**
 * The /figures table's logic, free of the DOM: the compact wire format of its rows, filtering and sorting over
 * the whole in-memory array, and which slice of rows a virtualized table keeps in the DOM.
 */

/** One row of the /figures table: already in the page's language, plus a numeric key for sorting. */
export type FigureListRow = {
  id: string;
  topic: Topic;
  subject: string;
  metric: string;
  value: string;
  sortValue: number;
  period: string;
  article: string;
  articleId: string;
  status: Figure['status'];
  /** The verdict of checking the figure against its primary record; null when it has no record row. */
  verdict: Verdict | null;
};

/** How many rows the prerendered HTML carries (the whole table when the corpus is small). */
export const STATIC_ROWS = 100;

export type SortKey = 'subject' | 'metric' | 'sortValue' | 'verdict' | 'period' | 'article' | 'status';

/**
 * One row on the wire: a tuple instead of an object (no repeated keys), the article as an index into
 * `articles`. [id, topic, subject, metric, value, sortValue, period, articleIndex, status, verdict]
 */
export type CompactRow = [
  string,
  FigureListRow['topic'],
  string,
  string,
  string,
  number,
  string,
  number,
  FigureListRow['status'],
  FigureListRow['verdict']?
];
/** Every row of the table in one language: articles as [id, label] once, rows as tuples. */
export type CompactRows = { articles: [string, string][]; rows: CompactRow[] };

export function encodeRows(rows: readonly FigureListRow[]): CompactRows {
  const index = new Map<string, number>();
  const articles: [string, string][] = [];
  const encoded = rows.map((r): CompactRow => {
    let a = index.get(r.articleId);
    if (a === undefined) {
      a = articles.length;
      index.set(r.articleId, a);
      articles.push([r.articleId, r.article]);
    }
    return [r.id, r.topic, r.subject, r.metric, r.value, r.sortValue, r.period, a, r.status, r.verdict];
  });
  return { articles, rows: encoded };
}

export function decodeRows(c: CompactRows): FigureListRow[] {
  return c.rows.map(([id, topic, subject, metric, value, sortValue, period, a, status, verdict]) => {
    const [articleId, article] = c.articles[a] ?? ['', ''];
    return {
      id,
      topic,
      subject,
      metric,
      value,
      sortValue,
      period,
      article,
      articleId,
      status,
      verdict: verdict ?? null
    };
  });
}

/** The lower-cased text a filter query is matched against, one string per row (computed once per row set). */
export function haystacks(rows: readonly FigureListRow[]): string[] {
  return rows.map((r) =>
    `${r.subject} ${r.metric} ${r.value} ${r.article} ${r.topic} ${r.id} ${r.period}`.toLowerCase()
  );
}

/** Rows whose text contains the query (case-insensitive, trimmed); all rows for an empty query. */
export function filterRows<T>(rows: readonly T[], hay: readonly string[], query: string): readonly T[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  const kept: T[] = [];
  for (let i = 0; i < rows.length; i++) if (hay[i]?.includes(q)) kept.push(rows[i] as T);
  return kept;
}

const collator = new Intl.Collator(undefined);

/** A stable sort by one column: numbers numerically, text by the locale's collation. Never mutates `rows`. */
export function sortRows(
  rows: readonly FigureListRow[],
  key: SortKey | null,
  ascending: boolean
): readonly FigureListRow[] {
  if (!key) return rows;
  const dir = ascending ? 1 : -1;
  const cmp =
    key === 'sortValue'
      ? (a: FigureListRow, b: FigureListRow) => (a.sortValue - b.sortValue) * dir
      : (a: FigureListRow, b: FigureListRow) => collator.compare(a[key] ?? '', b[key] ?? '') * dir;
  return [...rows].sort(cmp);
}

export type RowWindow = {
  /** First row in the DOM (inclusive). */
  start: number;
  /** Last row in the DOM (exclusive). */
  end: number;
  /** Height standing in for the rows above `start` and below `end`, so the scrollbar stays honest. */
  padTop: number;
  padBottom: number;
};

/**
 * Which rows to render: those intersecting the viewport plus `buffer` rows either side.
 * `offset` is how far the top of the first row is above the top of the viewport (negative when below it).
 */
export function rowWindow(p: {
  total: number;
  rowHeight: number;
  offset: number;
  viewport: number;
  buffer: number;
}): RowWindow {
  const { total, buffer } = p;
  const h = Math.max(1, p.rowHeight);
  const first = Math.floor(Math.max(0, p.offset) / h);
  const last = Math.ceil(Math.max(0, p.offset + p.viewport) / h);
  const start = Math.max(0, Math.min(total, first - buffer));
  const end = Math.max(start, Math.min(total, last + buffer));
  return { start, end, padTop: start * h, padBottom: (total - end) * h };
}
