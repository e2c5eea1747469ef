import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { cellAt, editLine, lineOf, realFiles } from './fixtures';
import { UNITS } from '../../../src/lib/schema/vocab';

const run = (patch: Partial<ReturnType<typeof realFiles>>) =>
  validateDataset({ ...realFiles(), ...patch }).issues.map(formatIssue);

const ALIBABA = 'idc-iaas-share-2024h2-alibaba,';

describe('validateDataset on the shipped data', () => {
  it('reports no issue', () => {
    expect(run({})).toEqual([]);
  });
});

describe('validateDataset error paths: file, line and column in every message', () => {
  const figures = realFiles().figuresCsv;
  const line = lineOf(figures, ALIBABA);

  it('a quote that is not the text at its offsets', () => {
    const csv = editLine(figures, ALIBABA, '以26.1%的市场份额占据首位', '以25.1%的市场份额占据首位');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '"阿里巴巴')}: column "quote": quote does not match the article at 1062–1097 (the text there is "阿里巴巴(09988,以下简称“阿里”)以26.1%的市场份额占据首位"); the quote does not occur anywhere in the article`
    ]);
  });

  it('offsets that moved', () => {
    const csv = editLine(figures, ALIBABA, ',1062,1097,', ',1063,1098,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '"阿里巴巴')}: column "quote": quote does not match the article at 1063–1098 (the text there is "里巴巴(09988,以下简称“阿里”)以26.1%的市场份额占据首位,"); the quote occurs at 1062–1097`
    ]);
  });

  it('an offset past the end of the article', () => {
    const csv = editLine(figures, ALIBABA, ',1062,1097,', ',1062,99999,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '"阿里巴巴')}: column "quote": quote_end 99999 is past the end of the article (2995 characters)`
    ]);
  });

  it('a unit outside the closed list', () => {
    const csv = editLine(figures, ALIBABA, ',=,%,', ',=,percent,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, 'percent')}: column "unit": expected one of ${UNITS.join(' ')}`
    ]);
  });

  it('a duplicate id', () => {
    const csv = editLine(figures, 'idc-iaas-share-2024h2-huawei,', 'idc-iaas-share-2024h2-huawei,', ALIBABA);
    const dup = lineOf(figures, 'idc-iaas-share-2024h2-huawei,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${dup}: column "id": duplicate id "idc-iaas-share-2024h2-alibaba" (first used on line ${line})`
    ]);
  });

  it('a comparator that does not fit value/low/high', () => {
    const csv = editLine(figures, ALIBABA, ',26.1,,,=,', ',26.1,,,>,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '26.1,')}: column "value": comparator ">" takes no value`,
      `data/figures.csv:${cellAt(csv, ALIBABA, ',,>')}: column "low": comparator ">" needs low`
    ]);
  });

  it('a value that is not a number', () => {
    const csv = editLine(figures, ALIBABA, ',26.1,,,=,', ',26.1%,,,=,');
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '26.1%,')}: column "value": expected a number or an empty cell, got "26.1%"`
    ]);
  });

  it('malformed CSV with an unbalanced quote', () => {
    const csv = editLine(figures, ALIBABA, ',IDC,', ',"IDC,');
    const issues = run({ figuresCsv: csv });
    // The row is reported where its quote opens; every other row is still read and checked.
    expect(issues).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, '"IDC')}: this quote is never closed: a stray " in a cell? Quote the whole cell and double inner quotes ("")`
    ]);
  });

  it('a byte-order mark', () => {
    expect(run({ figuresCsv: `\uFEFF${figures}` })).toEqual([
      'data/figures.csv:1:1: file starts with a byte-order mark; save it as UTF-8 without BOM'
    ]);
  });

  it('CRLF line endings', () => {
    expect(run({ figuresCsv: figures.replace(/\n/g, '\r\n') })).toEqual([
      `data/figures.csv:1:${figures.indexOf('\n') + 1}: line ends with CRLF; save the file with LF line endings`
    ]);
  });

  it('a changed article (sha256)', () => {
    const files = realFiles();
    const issues = run({
      articleText: (f) => {
        const real = files.articleText(f);
        return real && f.startsWith('003') ? { ...real, sha256: '0'.repeat(64) } : real;
      }
    });
    expect(issues).toEqual([
      `data/articles.csv:${cellAt(files.articlesCsv, '003_01d29408068e9ebd.txt', '48041d07')}: column "sha256": sha256 of data/articles/003_01d29408068e9ebd.txt is ${'0'.repeat(64)}, expected 48041d074e2f2bc264b641999f427ce524afdd98eda62d106171b4f82939848c: the raw article changed`
    ]);
  });

  it('a missing article file and the figures that cite it', () => {
    const files = realFiles();
    const issues = run({ articleText: (f) => (f.startsWith('004') ? undefined : files.articleText(f)) });
    expect(issues[0]).toBe(
      `data/articles.csv:${cellAt(files.articlesCsv, '004_', '004_')}: column "file": data/articles/004_3344ce50e5f9fea1.txt does not exist`
    );
  });

  it('a missing header column', () => {
    const csv = figures.replace('quote_start,', '');
    expect(run({ figuresCsv: csv })).toEqual(['data/figures.csv:1:1: column "quote_start": column is missing from the header']);
  });

  it('a javascript: URL is refused', () => {
    const csv = editLine(figures, 'eto-highly-cited-us-vpshk,', 'https://doi.org/10.5281/zenodo.14522783', 'javascript:alert(1)');
    expect(run({ figuresCsv: csv })).toEqual([
 `data/figures.csv:${cellAt(csv, 'eto-highly-cited-us-vpshk,', 'javascript:')}: column "primary_source_url": expected an http(s) URL or an empty cell`
    ]);
  });

  it('reports every error in one run, in file order', () => {
    let csv = editLine(figures, ALIBABA, ',=,%,', ',=,percent,');
    csv = editLine(csv, 'idc-paas-share-2024h2-aws,', ',9.2,,,=,', ',9.2,,,range,');
    const issues = run({ figuresCsv: csv });
    expect(issues).toHaveLength(4);
    expect(issues.map((i) => Number(i.split(':')[1]))).toEqual([...issues.map((i) => Number(i.split(':')[1]))].sort((a, b) => a - b));
  });
});
