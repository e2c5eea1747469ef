import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
// The Frictionless Data reference implementation for JavaScript (datapackage-js, with tableschema-js): it
// validates the descriptor against the Data Package profiles it ships (no network) and casts every row.
import { Package } from 'datapackage';

/**
 * The built data package, checked by a real Frictionless implementation: the descriptor against the
 * tabular-data-package profile, then every row of every CSV cast by its table schema (types, required,
 * enums, primary and foreign keys). Reads the build folder (CITED_FIGURES_OUT, default build/), so it checks
 * the files a reader downloads, not the generator.
 */
const dataDir = join(process.env.CITED_FIGURES_OUT ?? 'build', 'data');

type Resource = {
  name: string;
  descriptor: { path: string; encoding?: string; schema: { fields: { name: string }[] } };
  read: (o: object) => Promise<Record<string, unknown>[]>;
};

test('datapackage.json is a valid Frictionless tabular data package and every CSV in data/ is in it', () => {
  const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8'));
  const csvs = readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
  expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs.sort());
});

test('the built CSVs validate row by row against their table schemas', async () => {
  // tableschema-js hands its CSV parser no `bom` option, so a UTF-8 byte-order mark would read as part of the
  // first header. The BOM is checked here, byte for byte, and the validator reads copies without it.
  const dir = mkdtempSync(join(tmpdir(), 'cited-figures-dp-'));
  try {
    cpSync(join(dataDir, 'datapackage.json'), join(dir, 'datapackage.json'));
    for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.csv'))) {
      const bytes = readFileSync(join(dataDir, f));
      expect([...bytes.subarray(0, 3)], `${f} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      // Strict UTF-8: a stray byte fails here rather than reading as U+FFFD.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      writeFileSync(join(dir, f), bytes.subarray(3));
    }
    const dp = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: false });
    expect(dp.errors.map((e: Error) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    expect(dp.descriptor.profile).toBe('tabular-data-package');
    for (const r of dp.resources as Resource[]) {
      expect(r.descriptor.encoding, r.name).toBe('utf-8');
      // cast: every cell by its field's type and constraints; relations: foreign keys resolve.
      const rows = await r.read({ keyed: true, cast: true, relations: true });
      expect(rows.length, r.name).toBeGreaterThan(0);
      expect(Object.keys(rows[0] ?? {}), r.name).toEqual(r.descriptor.schema.fields.map((f) => f.name));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
