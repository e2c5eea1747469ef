import { dirname } from 'node:path';
import { atomicWrite, removeDeadTemps } from '../../../src/lib/data/atomicWrite';
import { acquireDataLock, LockTimeout } from '../../../src/lib/data/dataLock';
import type { OpenArticle } from './deskState';
import { planSave, type Plan, type SavePayload } from './planSave';

/**
 * Saves under the data lock: the plan is made again from the files as they are once the lock is held (a CLI
 * run that finished meanwhile is kept), and written only when the whole dataset validates. A lock held by
 * another writer (a CLI ingest) is waited for briefly, then refused with who holds it; nothing is written.
 */
export function saveDesk(
  dir: string,
  a: OpenArticle,
  p: SavePayload,
  waitMs: number
): Plan & { saved: boolean } {
  let release: () => void;
  try {
    release = acquireDataLock(dir, { command: 'desk save', waitMs });
  } catch (e) {
    if (!(e instanceof LockTimeout)) throw e;
    return {
      errors: [{ target: 'save', index: 0, field: '', message: e.message }],
      changes: [],
      writes: [],
      saved: false
    };
  }
  try {
    const plan = planSave(dir, a, p);
    if (plan.errors.length) return { ...plan, saved: false };
    for (const d of new Set(plan.writes.map((w) => dirname(w.path)))) removeDeadTemps(d);
    // The article's bytes first, then the rows that name it: a crash in between leaves a file ingest adopts.
    for (const w of plan.writes) atomicWrite(w.path, w.data);
    return { ...plan, saved: true };
  } finally {
    release();
  }
}
