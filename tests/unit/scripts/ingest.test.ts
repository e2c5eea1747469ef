import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';

const tsx = join('node_modules', '.bin', 'tsx');
const ingest = (...args: string[]) => spawnSync(tsx, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

// Each test spawns the script; on a loaded machine that alone can take tens of seconds.
describe('npm run ingest', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  cpSync('data', join(dir, 'data'), { recursive: true });
  const data = join(dir, 'data');
  const article = join(dir, 'new-article.txt');
  writeFileSync(
    article,
    '新闻标题\n據IDC數據,2024年阿里雲份額約為26.1%,騰訊以超過10%位列第二,Benchmark投資7500萬美元。\n'
  );

  it('copies the article, adds its row with sha256 and writes candidate rows with correct offsets', () => {
    const r = ingest(article, '--data', data, '--outlet', '测试媒体', '--published', '2025-01-02');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('added as "new-article"');
    expect(readFileSync(join(data, 'articles', 'new-article.txt'))).toEqual(readFileSync(article));
    const { dataset, issues } = readDataset(data);
    expect(issues).toEqual([]);
    expect(dataset.articles.at(-1)).toMatchObject({
      id: 'new-article',
      outlet: '测试媒体',
      published: '2025-01-02',
      script: 'Hant'
    });
    const raw = readFileSync(article, 'utf8');
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(join(data, 'review', 'new-article.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true
      }
    ).data;
    const money = rows.find((row) => row.unit === 'USD');
    expect(money).toMatchObject({ quote: '7500萬美元', value: '75000000', comparator: '=' });
    for (const row of rows) expect(raw.slice(Number(row.quote_start), Number(row.quote_end))).toBe(row.quote);
    expect(rows.find((row) => row.quote?.includes('26.1'))).toMatchObject({
      comparator: '~',
      value: '26.1',
      unit: '%'
    });
  });

  it('changes nothing when run again on the same file', () => {
    const before = snapshot(data);
    const r = ingest(article, '--data', data);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing changed');
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses an id that another article uses, naming the file', () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, '另一篇文章,30%。\n');
    const r = ingest(other, '--data', data, '--id', 'new-article');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'ingest: id "new-article" is already used by new-article.txt with a different sha256; choose another --id'
    );
  });

  it('refuses a bad URL and a missing file with a clear message', () => {
    const bad = ingest(join(dir, 'other.txt'), '--data', data, '--url', 'javascript:alert(1)');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--url: expected an http(s) URL or an empty cell');
    const missing = ingest(join(dir, 'nope.txt'), '--data', data);
    expect(missing.stderr.trim()).toBe(`ingest: ${join(dir, 'nope.txt')}: no such file`);
  });

  it('reports progress on a long input', () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, '2024年阿里云份额为26.1%。\n'.repeat(30000));
    const r = ingest(long, '--data', data);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ingest: read 100% of 0\.\d M characters/);
    expect(execFileSync('wc', ['-l', join(data, 'review', 'long.csv')], { encoding: 'utf8' })).toMatch(
      /^60001 /
    );
  });
});
