import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

function extract(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    input,
    encoding: 'utf8'
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = 'data/articles/003_01d29408068e9ebd.txt';

describe('scripts/extract.ts', () => {
  it('prints one JSON object per mention with the file name', () => {
    const r = extract([ARTICLE]);
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.find((x) => x.text === '26.1%')).toMatchObject({
      file: ARTICLE,
      kind: 'percent',
      value: 26.1,
      unit: '%',
      scale: null
    });
    expect(rows.find((x) => x.text === '2018年9月17日')).toMatchObject({
      date: '2018-09-17',
      precision: 'day'
    });
  });

  it('reads stdin for - and writes CSV with a header', () => {
    const r = extract(['--csv', '-'], '导致约1800人被裁员,份额不足1%');
    expect(r.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true });
    expect(parsed.meta.fields?.slice(0, 11)).toEqual([
      'file',
      'start',
      'end',
      'text',
      'kind',
      'value',
      'low',
      'high',
      'comparator',
      'unit',
      'scale'
    ]);
    expect(parsed.data).toEqual([
      expect.objectContaining({
        file: '-',
        start: '2',
        end: '8',
        text: '约1800人',
        value: '1800',
        comparator: '~',
        unit: 'people'
      }),
      expect.objectContaining({ text: '不足1%', value: '', high: '1', comparator: '<' })
    ]);
  });

  it('resolves dates with --published', () => {
    const r = extract(['--published', '2025-07-24', '-'], '7月23日,亚马逊');
    expect(JSON.parse(r.stdout)).toMatchObject({ date: '2025-07-23' });
  });

  it('exits 2 naming a missing file', () => {
    const r = extract(['data/articles/nope.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'data/articles/nope.txt'");
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming an unknown flag', () => {
    const r = extract(['--xml', ARTICLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'--xml'");
  });
});
