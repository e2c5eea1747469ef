import type { Article, ChartDef, Figure, FigureRecord } from '../schema';
import type { Dataset } from './dataset';

export type DatasetIndex = {
  figures: ReadonlyMap<string, Figure>;
  articles: ReadonlyMap<string, Article>;
  charts: ReadonlyMap<string, ChartDef>;
  records: ReadonlyMap<string, FigureRecord>;
  /** Claim id → the figures citing it, in file order. */
  byClaim: ReadonlyMap<string, readonly Figure[]>;
  /** Article id → its figures, in file order. */
  byArticle: ReadonlyMap<string, readonly Figure[]>;
  /** Figure id → the charts that show it, in file order (a figure page must not scan every chart). */
  chartsByFigure: ReadonlyMap<string, readonly ChartDef[]>;
};

type Indexable = Pick<Dataset, 'figures' | 'articles'> & Partial<Pick<Dataset, 'charts' | 'records'>>;

const cache = new WeakMap<object, { from: unknown[]; ix: DatasetIndex }>();

/** Adds `value` to the list under `key`, in order. */
function append<V>(m: Map<string, V[]>, key: string, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function groupBy(figures: readonly Figure[], key: (f: Figure) => string): Map<string, Figure[]> {
  const m = new Map<string, Figure[]>();
  for (const f of figures) if (key(f)) append(m, key(f), f);
  return m;
}

function chartsByFigure(charts: readonly ChartDef[]): Map<string, ChartDef[]> {
  const m = new Map<string, ChartDef[]>();
  for (const c of charts) for (const id of c.figures) append(m, id, c);
  return m;
}

/**
 * Lookups by id, built once per dataset. A build renders one page per figure, chart and article; each page
 * scanning every figure made a build over 20,000 figures quadratic.
 */
export function datasetIndex(d: Indexable): DatasetIndex {
  // Keyed on the figures array (view models get picks of a dataset that share it) and rebuilt when any
  // other array differs, so a caller with other charts or records never reads a stale index.
  const from = [d.articles, d.charts, d.records];
  const hit = cache.get(d.figures);
  if (hit && hit.from.every((a, i) => a === from[i])) return hit.ix;
  const ix: DatasetIndex = {
    figures: new Map(d.figures.map((f) => [f.id, f])),
    articles: new Map(d.articles.map((a) => [a.id, a])),
    charts: new Map((d.charts ?? []).map((c) => [c.id, c])),
    records: new Map((d.records ?? []).map((r) => [r.figure_id, r])),
    byClaim: groupBy(d.figures, (f) => f.claim_id),
    byArticle: groupBy(d.figures, (f) => f.article_id),
    chartsByFigure: chartsByFigure(d.charts ?? [])
  };
  cache.set(d.figures, { from, ix });
  return ix;
}
