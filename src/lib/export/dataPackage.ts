import { STATUSES, UNITS, VERDICTS, type Article } from '../schema';
import { QUALIFIER_WORDS } from './figureExportColumns';
import { siteUrl } from '../site';
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
  sha256: 'sha256 of the raw article bytes',
  articleSays: 'What the article says, in words with its qualifier',
  recordSays:
    'What the primary record says, in the same unit; empty when the record states no value of its own',
  verdict:
    'matches; partly (the number matches, not what the article says it counts); differs; unverified; not-checkable',
  differs:
    'For partly and differs: what disagrees (value, what is counted, unit or currency, date, attribution)',
  publisher: 'Publisher of the primary record',
  url: 'URL of the primary record',
  explanation: 'How the verdict was reached; for unverified, what was searched',
  checkedOn: 'Date of the check'
};

/** Table Schema types where a CSV column's own type ('string' | 'number') says less than the data. */
const TYPES: Record<string, 'integer' | 'date'> = {
  quote_start: 'integer',
  quote_end: 'integer',
  published: 'date',
  article_published: 'date',
  checkedOn: 'date'
};

/** Closed vocabularies, so a validator rejects a value outside them. */
const ENUMS: Record<string, readonly string[]> = {
  qualifier: Object.values(QUALIFIER_WORDS),
  unit: UNITS,
  status: STATUSES,
  verdict: VERDICTS
};

type Field = {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  description?: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
};

const fields = <R>(cols: readonly CsvColumn<R>[]): Field[] =>
  cols.map((c) => ({
    name: c.name,
    type: TYPES[c.name] ?? c.type,
    ...(DESCRIPTIONS[c.name] ? { description: DESCRIPTIONS[c.name] } : {}),
    ...(c.name === 'id' ? { constraints: { required: true } } : {}),
    ...(ENUMS[c.name] ? { constraints: { enum: ENUMS[c.name] } } : {})
  }));

type TableSchema = {
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
};

/** An absolute http(s) URL, or undefined: a package may not point at a root-relative or loopback-less path. */
const absolute = (u: string): string | undefined => (/^https?:\/\//.test(u) ? u : undefined);

/**
 * A CSV as every download of this site writes it (toCsv): UTF-8 with a byte-order mark, CRLF, quoted.
 * `encoding` is the IANA name "utf-8", as the Data Resource spec asks: a BOM is UTF-8's own signature, not
 * another encoding ("utf-8-sig" is a Python codec name that other readers reject).
 */
const csvResource = (name: string, title: string, schema: TableSchema) => ({
  name,
  title,
  path: `${name}.csv`,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
  schema
});

/**
 * A Frictionless Data Package describing every CSV under /data (fields, types, vocabularies, keys, sources),
 * so the data loads with standard tools (frictionless, pandas, R). Generated from the same column lists as
 * the CSVs. No `licenses`: the repository states no licence, and an empty list is invalid. The per-chart CSVs
 * (/charts/ID.csv) have the columns of figures.csv; a package may not point outside its folder.
 */
export function dataPackage<F, A, C>(
  figureColumns: readonly CsvColumn<F>[],
  articleColumns: readonly CsvColumn<A>[],
  checkColumns: readonly CsvColumn<C>[],
  articles: readonly Article[]
) {
  const homepage = absolute(siteUrl('/'));
  return {
    profile: 'tabular-data-package',
    name: 'cited-figures',
    title: 'Cited Figures: numbers cited in news articles, with verbatim provenance',
    ...(homepage ? { homepage } : {}),
    created_by: 'src/lib/export/dataPackage.ts (generated at build time from data/)',
    sources: articles.map((a) => {
      const path = absolute(a.url) ?? absolute(siteUrl(`/articles/${a.id}`));
      return { title: a.title || a.label_zh, ...(path ? { path } : {}) };
    }),
    resources: [
      csvResource('figures', 'Every figure the articles cite, with its quote and article', {
        fields: fields(figureColumns),
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['article_id'], reference: { resource: 'articles', fields: ['id'] } }]
      }),
      csvResource('articles', 'The articles, with their metadata and sha256', {
        fields: fields(articleColumns),
        primaryKey: ['id']
      }),
      csvResource('checks', 'Each figure checked against its primary record (English)', {
        fields: fields(checkColumns),
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['id'], reference: { resource: 'figures', fields: ['id'] } }]
      })
    ]
  };
}
