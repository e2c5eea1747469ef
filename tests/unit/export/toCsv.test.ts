import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import {
  ARTICLE_EXPORT_COLUMNS,
  FIGURE_EXPORT_COLUMNS,
  QUALIFIER_WORDS,
  neutralizeCell,
  toCsv,
  withArticles,
  type CsvColumn
} from '../../../src/lib/export';

type Row = { text: string; n: number | null };
const COLS: CsvColumn<Row>[] = [
  { name: 'text', type: 'string', get: (r) => r.text },
  { name: 'n', type: 'number', get: (r) => r.n }
];

describe('neutralizeCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['阿里巴巴', '阿里巴巴'],
    ['a=b', 'a=b'],
    ['', ''],
    // A month-year alone: spreadsheets would store the 1st of the month, a day the article never gave.
    ['October 2023', 'October 2023 (month)'],
    ['Oct. 2023', 'Oct. 2023 (month)'],
    ['May 2025', 'May 2025 (month)'],
    ['early October 2023', 'early October 2023'],
    ['2023年10月', '2023年10月'],
    ['summer 2025', 'summer 2025']
  ])('%j → %j', (input, out) => {
    expect(neutralizeCell(input)).toBe(out);
  });
});

describe('toCsv bytes', () => {
  const csv = toCsv(COLS, [
    { text: '=HYPERLINK("http://x")', n: -3.5 },
    { text: '中文, "quoted"\nline', n: null },
    { text: '00700', n: 0 }
  ]);

  it('starts with a UTF-8 byte-order mark and uses CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"text",n');
  });

  it('quotes text, neutralizes formulas, keeps negative numbers as numbers', () => {
    expect(csv).toBe(
      '\uFEFF"text",n\r\n"\'=HYPERLINK(""http://x"")",-3.5\r\n"中文, ""quoted""\nline",\r\n"00700",0\r\n'
    );
  });

  it('parses back to the same cells (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ text: fc.string(), n: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })) })
        ),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(COLS, rows).slice(1), {
            newline: '\r\n',
            delimiter: ','
          }).data;
          const back = parsed.slice(1, rows.length + 1);
          rows.forEach((r, i) => {
            expect(back[i]?.[0]).toBe(neutralizeCell(r.text));
            expect(back[i]?.[1]).toBe(r.n === null ? '' : String(r.n));
          });
        }
      )
    );
  });
});

describe('dataset downloads round-trip', () => {
  const { dataset } = readDataset('data');

  it('figures.csv parsed back equals the dataset rows', () => {
    const csv = toCsv(FIGURE_EXPORT_COLUMNS, withArticles(dataset.figures, dataset.articles));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(dataset.figures.length);
    parsed.data.forEach((row, i) => {
      const f = dataset.figures[i];
      if (!f) throw new Error('row count');
      expect(row.id).toBe(f.id);
      expect(row.quote).toBe(neutralizeCell(f.quote));
      expect(row.value === '' ? null : Number(row.value)).toBe(f.value);
      expect(row.low === '' ? null : Number(row.low)).toBe(f.low);
      expect(row.high === '' ? null : Number(row.high)).toBe(f.high);
      expect(Number(row.quote_start)).toBe(f.quote_start);
      expect(Number(row.quote_end)).toBe(f.quote_end);
      expect(row.unit).toBe(f.unit);
      expect(row.qualifier).toBe(QUALIFIER_WORDS[f.comparator]);
      expect(row.subject_zh).toBe(f.subject_zh);
      expect(row.figure_page_url).toMatch(new RegExp(`/figures/${f.id}$`));
    });
  });

  it('articles.csv parsed back equals the dataset rows', () => {
    const csv = toCsv(ARTICLE_EXPORT_COLUMNS, dataset.articles);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => [r.id, r.sha256, r.title, r.published, r.url])).toEqual(
      dataset.articles.map((a) => [a.id, a.sha256, a.title, a.published, a.url])
    );
  });
});
