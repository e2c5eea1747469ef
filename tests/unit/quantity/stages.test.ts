import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { expect, test } from 'vitest';

// The recognizer's stages in the order its index states; a stage may import only from earlier stages and
// from the shared vocabulary at the folder's root (types, drafts, combine).
const STAGES = ['lexicon', 'numerals', 'dates', 'mention'];
const ROOT = 'src/lib/quantity';

/** Every import of `file` (a path under ROOT) resolved to its stage, '' for the root, or null outside. */
function importedStages(file: string): { spec: string; stage: string | null }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map(([, spec]) => {
    const target = posix.normalize(posix.join(posix.dirname(file), spec!));
    if (target.startsWith('..')) return { spec: spec!, stage: null };
    const parts = target.split('/');
    return { spec: spec!, stage: parts.length > 1 ? parts[0]! : '' };
  });
}

/** Files of a stage folder, relative to ROOT. */
const filesOf = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => (dir ? `${dir}/${f}` : f));

/** Imports that point to a later stage: `lexicon/x.ts → ../mention/y`. */
function upward(files: string[], stageOf: (file: string) => number): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const { spec, stage } of importedStages(f)) {
      if (stage && STAGES.indexOf(stage) > stageOf(f)) out.push(`${f} → ${spec}`);
    }
  }
  return out;
}

test('the folders are the stages the index names, and nothing else', () => {
  const dirs = readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  expect(dirs).toEqual([...STAGES].sort());
  const index = readFileSync(join(ROOT, 'index.ts'), 'utf8');
  for (const s of STAGES) expect(index).toContain(`${s}/`);
});

test('no stage imports a later one (and the root shares only vocabulary)', () => {
  const stageFiles = STAGES.flatMap(filesOf);
  expect(stageFiles.length).toBeGreaterThan(30);
  expect(upward(stageFiles, (f) => STAGES.indexOf(f.split('/')[0]!))).toEqual([]);
  // The shared vocabulary may name a lexicon type, nothing later (index.ts is the public face).
  const shared = filesOf('').filter((f) => f !== 'index.ts');
  expect(upward(shared, () => STAGES.indexOf('lexicon'))).toEqual([]);
});
