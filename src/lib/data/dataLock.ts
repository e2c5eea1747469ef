import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './atomicWrite';

type Holder = { pid: number; command: string; since: string };

/**
 * One writer at a time in a data folder: a lock file created exclusively (O_EXCL), naming its holder. A
 * second writer waits for it, saying who holds it; a lock whose holder process is gone (killed mid-run) is
 * taken over. Returns the function that releases the lock.
 */
export function acquireDataLock(
  dir: string,
  opts: { command: string; waitMs?: number; say?: (message: string) => void }
): () => void {
  const path = join(dir, '.lock');
  const me: Holder = { pid: process.pid, command: opts.command, since: new Date().toISOString() };
  const deadline = Date.now() + (opts.waitMs ?? 120_000);
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(path);
    // A lock with no holder written for 10 s was left by a writer killed between creating and filling it.
    if (holder ? !isAlive(holder.pid) : ageMs(path) > 10_000) {
      const who = holder ? `pid ${holder.pid} (${holder.command})` : 'a writer';
      opts.say?.(`lock ${path} was left by ${who}, which is no longer running; taking it over`);
      // Moving it aside first means two waiters cannot both delete a fresh lock.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
        rmSync(aside, { force: true });
      } catch {
        // Another waiter moved it first.
      }
      continue;
    }
    const who = holder ? `pid ${holder.pid} (${holder.command}, since ${holder.since})` : 'another writer';
    if (Date.now() > deadline) throw new LockTimeout(`${dir} is locked by ${who}; try again when it has finished`);
    if (!told) opts.say?.(`waiting: ${dir} is locked by ${who}`);
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

export class LockTimeout extends Error {}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' ? { pid: h.pid, command: String(h.command), since: String(h.since) } : null;
  } catch {
    return null; // being written this very moment, or gone
  }
}
