import { mkdtempSync, cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { readDataset } from '../../../src/lib/data/readDataset';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { cellAt, editLine, lineOf, realFiles } from './fixtures';

const CHARTS = readFileSync('data/charts.json', 'utf8');
const RECORDS = readFileSync('data/records.csv', 'utf8');
const run = (patch: Partial<ReturnType<typeof realFiles>>) =>
  validateDataset({ ...realFiles(), chartsJson: CHARTS, recordsCsv: RECORDS, ...patch }).issues.map(formatIssue);
const figures = realFiles().figuresCsv;
const ALIBABA = 'idc-iaas-share-2024h2-alibaba,';
const IBM = 'ibm-china-rd-jobs-36kr,';

describe('numbers that a double cannot hold are errors, not Infinity or 0', () => {
  it.each([
    ['1e400', 'is beyond the largest number'],
    ['-1e400', 'is beyond the largest number'],
    ['1e-400', 'is too small to store: it would become 0'],
    ['9007199254740993', 'cannot be stored exactly (it would become 9007199254740992)']
  ])('%s', (value, message) => {
    const csv = editLine(figures, ALIBABA, ',26.1,,,=,', `,${value},,,=,`);
    expect(run({ figuresCsv: csv })).toEqual([
      `data/figures.csv:${cellAt(csv, ALIBABA, `${value},`)}: column "value": ${value} ${message}${message.startsWith('cannot') ? '; write at most 15 significant digits' : value.startsWith('1e-') ? '' : ' the site can hold (about 1.8e308)'}`
    ]);
  });

  it('0.1 and 15-digit values pass', () => {
    const csv = editLine(figures, ALIBABA, ',26.1,,,=,', ',0.123456789012345,,,=,');
    expect(run({ figuresCsv: csv }).filter((i) => i.includes('"value"'))).toEqual([]);
  });
});

describe('impossible values', () => {
  it('negative people, a share over 100%, 2023-02-31, a year with precision day', () => {
    let csv = editLine(figures, IBM, ',1800,,,~,people,', ',-1800,,,~,people,');
    csv = editLine(csv, ALIBABA, ',26.1,,,=,', ',126.1,,,=,');
    csv = editLine(csv, 'aws-shanghai-signing-aws,', '2018-09-17,day', '2023-02-31,day');
    csv = editLine(csv, 'aws-shanghai-founded-36kr,', ',2018,year,', ',2018,day,');
    const issues = run({ figuresCsv: csv });
    expect(issues).toContain(`data/figures.csv:${cellAt(csv, IBM, '-1800')}: column "value": a count of people cannot be negative (-1800)`);
    expect(issues).toContain(
      `data/figures.csv:${cellAt(csv, ALIBABA, '126.1')}: column "value": a share cannot exceed 100% (126.1); for growth of more than 100% use unit "x" (times)`
    );
    expect(issues).toContain(`data/figures.csv:${cellAt(csv, 'aws-shanghai-signing-aws,', '2023-02-31')}: column "date": no such day in the calendar (e.g. 2023-02-31)`);
    expect(issues).toContain(
      `data/figures.csv:${cellAt(csv, 'aws-shanghai-founded-36kr,', 'day,')}: column "date_precision": date "2018" is written to the year, not the day; make them agree`
    );
  });

  it('bidi controls and zero-width characters in curated text, but not in quotes', () => {
    const csv = editLine(figures, ALIBABA, ',阿里巴巴,Alibaba,', ',阿里巴巴\u202E,Alibaba,');
    const zw = editLine(csv, IBM, ',Jobs lost,', ',Jobs\u200Blost,');
    const issues = run({ figuresCsv: zw });
    expect(issues).toContain(
      `data/figures.csv:${cellAt(zw, ALIBABA, '阿里巴巴\u202E')}: column "subject_zh": invisible character U+202E at character 5 (a bidi control or zero-width character); remove it`
    );
    expect(issues).toContain(
      `data/figures.csv:${cellAt(zw, IBM, 'Jobs\u200B')}: column "metric_en": invisible character U+200B at character 5 (a bidi control or zero-width character); remove it`
    );
    // The quotes themselves are the articles' verbatim text: never checked for this.
    expect(issues.filter((i) => i.includes('"quote"'))).toEqual([]);
  });
});

describe('CSV structure: every bad row named, the rest still checked', () => {
  it('a stray quote, a NUL and a blank line in one file, each at its line and column', () => {
    let csv = editLine(figures, ALIBABA, ',阿里巴巴,Alibaba,', ',阿里"巴巴,Alibaba,');
    csv = editLine(csv, IBM, ',people,', ',peo\u0000ple,');
    const issues = run({ figuresCsv: csv });
    const line = lineOf(csv, ALIBABA);
    const col = (csv.split('\n')[line - 1] ?? '').indexOf('阿里"') + 3;
    expect(issues).toContain(`data/figures.csv:${line}:${col}: stray " inside an unquoted cell; quote the whole cell and double inner quotes ("")`);
    const ibm = lineOf(csv, IBM);
    expect(issues).toContain(`data/figures.csv:${ibm}:${(csv.split('\n')[ibm - 1] ?? '').indexOf('\u0000') + 1}: control character U+0000 in a cell; remove it`);
    // The two broken rows are not reported again as unknown figures of their charts or records.
    expect(issues.filter((i) => i.includes('unknown figure'))).toEqual([]);
    expect(issues).toHaveLength(2);
  });

  it('CR-only line endings, a duplicate header column, an empty file', () => {
    expect(run({ figuresCsv: figures.replace(/\n/g, '\r') })[0]).toMatch(/^data\/figures\.csv:1:\d+: line ends with a bare CR/);
    const dup = figures.replace(/^([^\n]*)\n/, '$1,note\n').replace(/\n(?=.)/g, '\n');
    expect(run({ figuresCsv: dup })[0]).toMatch(/^data\/figures\.csv:1:\d+: column "note": duplicate column \(also column \d+\); keep one$/);
    expect(run({ figuresCsv: '' })).toContain(`data/figures.csv:1: file is empty; its first line must be the header: ${figures.split('\n')[0]}`);
  });

  it('an article id "constructor" is unknown, not an Object prototype key', () => {
    const csv = editLine(figures, ALIBABA, ALIBABA + 'aws-shanghai-institute-closure,', ALIBABA + 'constructor,');
    expect(run({ figuresCsv: csv })).toContain(`data/figures.csv:${cellAt(csv, ALIBABA, 'constructor')}: column "article_id": unknown article id "constructor"`);
  });
});

describe('charts.json', () => {
  it('a JSON error names its line and column', () => {
    expect(run({ chartsJson: '[\n  {"id": "a",}\n]' })).toEqual([
      expect.stringMatching(/^data\/charts\.json:2:14: not valid JSON: /) as string
    ]);
  });

  it('a chart with an unknown type does not hide another chart\'s unknown figure; log and highlight checks', () => {
    const charts = JSON.parse(CHARTS) as Record<string, unknown>[];
    charts[0] = { ...charts[0], type: 'pie', highlight: 'nope' };
    charts[1] = { ...charts[1], highlight: 'not-in-chart' };
    charts[2] = { ...charts[2], figures: [...(charts[2]?.figures as string[]), 'ghost'] };
    const headcounts = charts.findIndex((c) => c.id === 'people-headcounts');
    charts[headcounts] = { ...charts[headcounts], axes: { people: { min: 0, max: -1 } } };
    const csv = editLine(figures, IBM, ',1800,,,~,people,', ',0,,,~,people,');
    const issues = run({ chartsJson: JSON.stringify(charts, null, 2), figuresCsv: csv }).join('\n');
    expect(issues).toMatch(/column "type": Invalid option/);
    expect(issues).toContain(`highlight "not-in-chart" is not one of this chart's figures`);
    expect(issues).toContain('unknown figure id "ghost"');
    expect(issues).toContain('a log axis starts above 0, not at 0');
    expect(issues).toContain('max (-1) must be greater than min (0)');
    expect(issues).toContain(`figure "ibm-china-rd-jobs-36kr" has the value 0, which a log-scale axis cannot show`);
    // The figures of the invalid chart are still listed in a chart: no "appears in no chart" follows.
    expect(issues).not.toContain('appears in no chart');
  });
});

describe('the data folder on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'strict-'));
  const copy = (name: string) => {
    const dir = join(root, name);
    cpSync('data', dir, { recursive: true });
    return dir;
  };

  it('invalid UTF-8 (GBK) is refused with its byte offset and the iconv command', () => {
    const dir = copy('gbk');
    const path = join(dir, 'figures.csv');
    const text = readFileSync(path);
    writeFileSync(path, Buffer.concat([text.subarray(0, 100), Buffer.from([0xb0, 0xa2]), text.subarray(100)]));
    const out = readDataset(dir).issues.map(formatIssue);
    expect(out[0]).toMatch(new RegExp(`^${dir}/figures\\.csv:1:101: not valid UTF-8: byte 100 is b0 a2 .*iconv -f GBK -t UTF-8 '${path}' > '${path}.utf8' && mv '${path}.utf8' '${path}'$`));
  });

  it('missing or empty records.csv and charts.json, an empty article, two ids for one file, a symlink out of data, an orphan', () => {
    const dir = copy('holes');
    rmSync(join(dir, 'records.csv'));
    writeFileSync(join(dir, 'charts.json'), '');
    const rows = readFileSync(join(dir, 'articles.csv'), 'utf8').split('\n');
    const file = rows[1]?.split(',')[1] ?? '';
    writeFileSync(join(dir, 'articles', file), '');
    const second = rows[2]?.split(',')[1] ?? '';
    rmSync(join(dir, 'articles', second));
    writeFileSync(join(root, 'outside.txt'), 'secret');
    symlinkSync(join(root, 'outside.txt'), join(dir, 'articles', second));
    writeFileSync(join(dir, 'articles', 'stray.txt'), '孤儿');
    const out = readDataset(dir).issues.map(formatIssue).join('\n');
    expect(out).toContain(`${dir}/records.csv: missing`);
    expect(out).toContain(`${dir}/charts.json: is empty`);
    expect(out).toContain(`${dir}/articles/${file} is empty`);
    expect(out).toContain(`${dir}/articles/${second} is a symlink to ${join(root, 'outside.txt')}, outside the data folder`);
    expect(out).toContain(`${dir}/articles/stray.txt: no row in ${dir}/articles.csv names this file`);
    // An articles.csv row with an error of its own: its file is not also reported as an orphan.
    writeFileSync(join(dir, 'articles.csv'), rows.map((r, i) => (i === 3 ? r.replace(/,[0-9a-f]{64},/, ',not-a-sha,') : r)).join('\n'));
    const third = rows[3]?.split(',')[1] ?? '';
    const after = readDataset(dir).issues.map(formatIssue).join('\n');
    expect(after).toContain('sha256');
    expect(after).not.toContain(`${dir}/articles/${third}: no row`);
    const twice = rows.map((r, i) => (i === 2 ? r.replace(second, file) : r)).join('\n');
    const r2 = validateDataset({ ...realFiles(), articlesCsv: twice }).issues.map(formatIssue).join('\n');
    expect(r2).toContain(`${file} is already article`);
  });
  it('validate without keeping the rows (bounded memory) reports exactly what the full read reports', () => {
    const dir = copy('keep');
    const figuresCsv = readFileSync(join(dir, 'figures.csv'), 'utf8').split('\n');
    figuresCsv[3] = (figuresCsv[3] ?? '').replace(/,(\d+),(\d+),/, ',$2,$1,');
    figuresCsv[5] = `${figuresCsv[5]},extra`;
    writeFileSync(join(dir, 'figures.csv'), figuresCsv.join('\n'));
    const records = readFileSync(join(dir, 'records.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'records.csv'), [...records.slice(0, 3), records[2], 'ghost,not-checkable,,,,,,,,,,x,2025-01-01', ...records.slice(3)].join('\n'));
    const charts = JSON.parse(readFileSync(join(dir, 'charts.json'), 'utf8')) as { figures: string[] }[];
    charts[1]?.figures.push('phantom');
    writeFileSync(join(dir, 'charts.json'), JSON.stringify(charts, null, 2));
    const full = readDataset(dir);
    const lean = readDataset(dir, { keep: false });
    expect(lean.issues.map(formatIssue)).toEqual(full.issues.map(formatIssue));
    expect(lean.counts).toEqual(full.counts);
    expect(lean.dataset.figures).toEqual([]);
    const out = lean.issues.map(formatIssue).join('\n');
    expect(out).toMatch(/records\.csv:\d+:1: column "figure_id": unknown figure id "ghost"/);
    expect(out).toMatch(/records\.csv:\d+:1: column "figure_id": second record for figure/);
    expect(out).toMatch(/charts\.json:\d+:\d+: column "figures\.\d+": unknown figure id "phantom"/);
  });
});
