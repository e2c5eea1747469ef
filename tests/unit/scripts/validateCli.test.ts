import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) =>
  spawnSync('sh', ['-c', `${tsx} scripts/${script} "$@" 2>&1 | cat`, 'sh', ...args], { encoding: 'utf8' });
const validate = (dir: string) => run('validate.ts', '--data', dir);
const noStack = (out: string) => expect(out).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('npm run validate on broken folders: a message, never a stack trace', () => {
  const root = mkdtempSync(join(tmpdir(), 'validate-cli-'));
  const copy = (name: string) => {
    const dir = join(root, name);
    cpSync('data', dir, { recursive: true });
    return dir;
  };

  it('prints every one of 5,000 errors and the summary through a pipe', () => {
    const dir = copy('many');
    const header = readFileSync(join(dir, 'figures.csv'), 'utf8').split('\n')[0];
    writeFileSync(join(dir, 'figures.csv'), `${header}\n${'x\n'.repeat(5000)}`);
    const out = validate(dir).stdout;
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => / expected \d+ cells, found 1$/.test(l))).toHaveLength(5000);
    expect(lines.at(-1)).toMatch(/^validate: \d+ error\(s\) in /);
  }, 120_000);

  it('a folder without articles.csv, a missing figures.csv, an article that is a folder', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const a = validate(empty).stdout;
    noStack(a);
    expect(a).toContain(`${empty}/articles.csv: missing`);
    expect(validate(join(root, 'nowhere')).stdout).toContain('not a data folder: no such folder');

    const dir = copy('holes');
    rmSync(join(dir, 'figures.csv'));
    rmSync(join(dir, 'records.csv'));
    const article = readFileSync(join(dir, 'articles.csv'), 'utf8').split('\n')[1]?.split(',')[1] ?? '';
    rmSync(join(dir, 'articles', article));
    mkdirSync(join(dir, 'articles', article));
    const b = validate(dir).stdout;
    noStack(b);
    expect(b).toContain(`${dir}/figures.csv: missing`);
    expect(b).toContain(`${dir}/records.csv: missing`);
    expect(b).toContain(`${dir}/articles/${article} is a folder`);
  }, 120_000);
});

describe('npm run synth', () => {
  it('refuses an impossible size at once, with the limit', () => {
    const r = run('synth.ts', '--articles', '100000000');
    expect(r.stdout).toMatch(/synth: --articles 100000000 is more than .* \(at most 100,000\)/);
    noStack(r.stdout);
  }, 60_000);
});
