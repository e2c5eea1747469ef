import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';

import { join, resolve } from 'node:path';

export const DESK_PORT = Number(process.env.CITED_FIGURES_DESK_PORT ?? 4311);

/** A temp copy of data/ (the test never writes the real one) and a desk server on it. */
export async function startDesk(): Promise<{
  dir: string;
  url: string;
  stop: () => void;
  log: () => string;
}> {
  // Inside the checkout: a build's kit folder must resolve the project's node_modules.
  mkdirSync('bench-out', { recursive: true });
  const root = resolve(mkdtempSync(join('bench-out', 'desk-e2e-')));
  const dir = join(root, 'data');
  cpSync('data', dir, { recursive: true });
  let out = '';
  const child: ChildProcess = spawn(
    'npx',
    ['tsx', 'scripts/desk.ts', '--port', String(DESK_PORT), '--data', dir],
    {
      env: { ...process.env, CITED_FIGURES_LOCK_WAIT_MS: '500' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    }
  );
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${DESK_PORT}`;
  for (let i = 0; i < 600 && !out.includes(url); i++) await new Promise((r) => setTimeout(r, 100));
  if (!out.includes(url)) throw new Error(`desk did not start:\n${out}`);
  return {
    dir,
    url,
    log: () => out,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      rmSync(root, { recursive: true, force: true });
    }
  };
}
