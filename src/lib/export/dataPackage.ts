import { UNITS, type Article } from '../schema';
import { QUALIFIER_WORDS } from './figureExportColumns';
import { SITE_URL, siteUrl } from '../site';
import type { CsvColumn } from './toCsv';

const DESCRIPTIONS: Record<string, string> = {
  value: 'Point value in base units (7500万美元 → 75000000; 26.1% → 26.1); empty for bounds and ranges',
  low: 'Lower bound (for >, >= and range)',
  high: 'Upper bound (for <, <= and range)',
  qualifier: `The qualifier the article used: ${Object.values(QUALIFIER_WORDS).join(', ')}`,
  unit: `One of: ${UNITS.join(' ')}. Money is in the currency the article used.`,
  date: 'Partial ISO date as precise as the article: 2018, 2018-09-17, --07-23 (year not stated), 2024-H2, 2018-autumn',
  quote: 'The shortest verbatim span of the raw article stating the figure',
  quote_start: 'JavaScript string offset (UTF-16 code units) of the quote in the raw article',
  quote_end: 'End offset, exclusive',
  status: 'as-cited, corroborated (another article cites the same claim), conflicting (see note)',
  figure_page_url: 'The figure page: the quote highlighted in its paragraph',
  sha256: 'sha256 of the raw article bytes'
};

type Field = { name: string; type: 'string' | 'number'; description?: string };

const fields = <R>(cols: readonly CsvColumn<R>[]): Field[] =>
  cols.map((c) => ({
    name: c.name,
    type: c.type,
    ...(DESCRIPTIONS[c.name] ? { description: DESCRIPTIONS[c.name] } : {})
  }));

/**
 * A Frictionless Data Package describing the downloadable CSVs (fields, types, units, sources), so the data
 * loads with standard tools (frictionless, pandas, R). Generated from the same column lists as the CSVs.
 */
export function dataPackage<F, A>(
  figureColumns: readonly CsvColumn<F>[],
  articleColumns: readonly CsvColumn<A>[],
  articles: readonly Article[]
) {
  return {
    profile: 'data-package',
    name: 'cited-figures',
    title: 'Cited Figures: numbers cited in news articles, with verbatim provenance',
    // Without a public URL there is no address to give (a relative one is not a homepage).
    ...(SITE_URL ? { homepage: siteUrl('/') } : {}),
    created_by: 'src/lib/export/dataPackage.ts (generated at build time from data/)',
    licenses: [],
    sources: articles.map((a) => ({
      title: a.title || a.label_zh,
      path: a.url || siteUrl(`/articles/${a.id}`)
    })),
    resources: [
      {
        name: 'figures',
        path: 'figures.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
        schema: { fields: fields(figureColumns), primaryKey: ['id'] }
      },
      {
        name: 'articles',
        path: 'articles.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
        schema: { fields: fields(articleColumns), primaryKey: ['id'] }
      }
    ]
  };
}
