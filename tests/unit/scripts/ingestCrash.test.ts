import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';

const root = mkdtempSync(join(tmpdir(), 'ingest-crash-'));
const fresh = (name: string) => {
  const dir = join(root, name);
  cpSync('data', dir, { recursive: true });
  return dir;
};
const article = (name: string, paragraphs: number) => {
  const path = join(root, name);
  writeFileSync(path, `${name}\n${'2024年阿里云份额为26.1%,腾讯超过10%。\n'.repeat(paragraphs)}`);
  return path;
};
const start = (file: string, dir: string, env: Record<string, string> = {}) =>
  // One process (no tsx wrapper), so that SIGKILL hits the writer itself.
  spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', file, '--data', dir], {
    env: { ...process.env, ...env }
  });
const done = (p: ReturnType<typeof start>) =>
  new Promise<{ code: number | null; out: string }>((resolve) => {
    let out = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.stderr.on('data', (d) => (out += String(d)));
    p.on('close', (code) => resolve({ code, out }));
  });
const visible = (dir: string) => readdirSync(join(dir, 'articles')).filter((f) => !f.startsWith('.'));

describe('ingest under concurrency and crashes', () => {
  it('two ingests at once both land (the second waits for the lock)', async () => {
    const dir = fresh('both');
    const [a, b] = await Promise.all([
      done(start(article('one.txt', 50), dir)),
      done(start(article('two.txt', 50), dir))
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const { dataset, issues } = readDataset(dir);
    expect(issues).toEqual([]);
    expect(dataset.articles.map((x) => x.id)).toEqual(expect.arrayContaining(['one', 'two']));
  }, 240_000);

  it('SIGKILL at random points leaves the old state or the new one, and a rerun finishes the job', async () => {
    const big = article('big.txt', 60_000);
    const old = readFileSync(join('data', 'articles.csv'), 'utf8');
    for (const delay of [300, 2500 + Math.random() * 4000, 6000 + Math.random() * 8000]) {
      const dir = fresh(`kill-${Math.round(delay)}`);
      const p = start(big, dir);
      const ended = done(p);
      await new Promise((r) => setTimeout(r, delay));
      p.kill('SIGKILL');
      await ended;
      const csv = readFileSync(join(dir, 'articles.csv'), 'utf8');
      expect(csv === old || (csv.startsWith(old) && csv.slice(old.length).startsWith('big,big.txt,'))).toBe(
        true
      );
      // Any article file under its own name is complete: never a truncated copy.
      for (const f of visible(dir))
        if (f === 'big.txt') expect(readFileSync(join(dir, 'articles', f))).toEqual(readFileSync(big));
      const again = await done(start(big, dir));
      expect(again.code, again.out).toBe(0);
      expect(readDataset(dir).issues).toEqual([]);
    }
  }, 600_000);

  it('takes over a lock left by a dead process, and names a live holder when it gives up waiting', async () => {
    const dir = fresh('locks');
    const dead = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid: Number(dead), command: 'ingest x.txt', since: 'then' })
    );
    const a = await done(start(article('three.txt', 5), dir));
    expect(a.code).toBe(0);
    expect(a.out).toContain(
      `was left by pid ${dead} (ingest x.txt), which is no longer running; taking it over`
    );

    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid: process.pid, command: 'ingest y.txt', since: 'now' })
    );
    const b = await done(start(article('four.txt', 5), dir, { CITED_FIGURES_LOCK_WAIT_MS: '1500' }));
    expect(b.code).toBe(2);
    expect(b.out).toContain(`is locked by pid ${process.pid} (ingest y.txt, since now)`);
    expect(visible(dir)).not.toContain('four.txt');
  }, 240_000);
});
