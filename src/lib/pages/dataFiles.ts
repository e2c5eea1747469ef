import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import {
  annotationCollection,
  ARTICLE_EXPORT_COLUMNS,
  CHECK_EXPORT_COLUMNS,
  dataPackage,
  FIGURE_EXPORT_COLUMNS,
  toCsv,
  withArticles
} from '../export';
import type { Figure } from '../schema';
import { checksFile } from './checksPage';

/** A file the site publishes: its text and its media type. */
export type DataFile = { body: string; type: string };

const CSV = 'text/csv; charset=utf-8';

/** The HTTP response a route answers with for a file. */
export function fileResponse(file: DataFile): Response {
  return new Response(file.body, { headers: { 'content-type': file.type } });
}

/** figures.csv: every figure with its article's provenance columns. */
export function figuresCsv(d: Pick<Dataset, 'figures' | 'articles'>): DataFile {
  return { body: toCsv(FIGURE_EXPORT_COLUMNS, withArticles(d.figures, d.articles)), type: CSV };
}

/** articles.csv: every article. */
export function articlesCsv(d: Pick<Dataset, 'articles'>): DataFile {
  return { body: toCsv(ARTICLE_EXPORT_COLUMNS, d.articles), type: CSV };
}

/** checks.csv: every figure against its primary record. */
export function checksCsv(d: Dataset): DataFile {
  return { body: toCsv(CHECK_EXPORT_COLUMNS, checksFile(d)), type: CSV };
}

/** /charts/ID.csv: the figures of one chart, in the chart's order, with the columns of figures.csv; null for none. */
export function chartCsv(d: Pick<Dataset, 'figures' | 'articles' | 'charts'>, id: string): DataFile | null {
  const ix = datasetIndex(d);
  const chart = ix.charts.get(id);
  if (!chart) return null;
  const figures = chart.figures.map((f) => ix.figures.get(f)).filter((f): f is Figure => f !== undefined);
  return { body: toCsv(FIGURE_EXPORT_COLUMNS, withArticles(figures, d.articles)), type: CSV };
}

/** annotations.jsonld: every quote as a W3C Web Annotation on its raw article. */
export function annotationsFile(d: Pick<Dataset, 'figures' | 'articles' | 'texts'>): DataFile {
  return {
    body: JSON.stringify(annotationCollection(d.figures, d.articles, d.texts), null, 1),
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
  };
}

/** datapackage.json: the Frictionless descriptor of the published files. */
export function dataPackageFile(d: Pick<Dataset, 'articles'>): DataFile {
  const descriptor = dataPackage(
    FIGURE_EXPORT_COLUMNS,
    ARTICLE_EXPORT_COLUMNS,
    CHECK_EXPORT_COLUMNS,
    d.articles
  );
  return { body: JSON.stringify(descriptor), type: 'application/json' };
}

/** The raw article exactly as stored (the text every offset refers to), by its file name; null for none. */
export function rawArticleFile(d: Pick<Dataset, 'articles' | 'texts'>, file: string): DataFile | null {
  const article = d.articles.find((a) => a.file === file);
  const text = article && d.texts[article.id];
  return text === undefined ? null : { body: text, type: 'text/plain; charset=utf-8' };
}

/** The /data page: the raw files, each with its sha256. */
export function dataPage(d: Pick<Dataset, 'articles'>): {
  rawFiles: { id: string; file: string; sha256: string }[];
} {
  return { rawFiles: d.articles.map((a) => ({ id: a.id, file: a.file, sha256: a.sha256 })) };
}
