import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../../src/lib/data/csvReader';
import { formatIssue } from '../../../src/lib/data/issue';
import { readDataset } from '../../../src/lib/data/readDataset';
import type { Dataset } from '../../../src/lib/data/dataset';

/**
 * Mutates the real data folder the way an adversarial user would (bytes, rows, columns, encodings, line
 * endings, numbers at the edges of doubles) and holds validate to its promise: either it passes, and then the
 * files read back and write out byte for byte and nothing changed unseen, or it names every planted error by
 * file and line. It never throws.
 */
const FILES = ['figures.csv', 'records.csv', 'articles.csv'] as const;
type File = (typeof FILES)[number];
type Entry = { bytes: Buffer; eol: string; tag?: number };
/** named: must be reported at the tagged line (once: only the first of its kind in a file is); neutral: valid. */
type Plant = { file: File; tag: number; kind: 'named' | 'neutral' | 'number'; fatal?: boolean; once?: string; text?: string; id?: string };

const STRICT_NUMBERS = ['1e400', '-1e400', '1e-400', '-1e-400', '9007199254740993', '1.7976931348623159e308'];
/** Values a double holds (exactly, or as the nearest double of a short decimal): valid or refused for the unit. */
const EDGE_NUMBERS = ['1e308', '5e-324', '-0', '1.7976931348623157e308', '9007199254740992', '0.1'];
const BAD_UTF8 = [[0xb0, 0xa2], [0xd6, 0xd0, 0xce, 0xc4], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0xf5]];

const cellsOf = (b: Buffer): string[] => {
  let cells: string[] = [];
  const r = new CsvReader('x', (row) => void (cells = row.cells), () => {});
  r.push(b.toString('utf8'));
  r.end();
  return cells;
};
const lineOf = (cells: string[]) => Buffer.from(Papa.unparse([cells], { newline: '\n' }));
const load = (f: File): Entry[] =>
  readFileSync(join('data', f), 'utf8').replace(/\n$/, '').split('\n').map((l) => ({ bytes: Buffer.from(l), eol: '\n' }));
const rowAt = (e: Entry[], pick: number) => 1 + (pick % (e.length - 1));
/** The start of a character at or after `at` (never inside a UTF-8 sequence). */
const charStart = (b: Buffer, at: number) => {
  let i = Math.min(at, b.length);
  while (i < b.length && ((b[i] ?? 0) & 0xc0) === 0x80) i++;
  return i;
};
const allColumns = (e: Entry[], f: (cells: string[]) => string[]) => e.forEach((x) => (x.bytes = lineOf(f(cellsOf(x.bytes)))));

/** Each operation changes one file and says what validate must make of it. In the order they are applied. */
type Op = (e: Entry[], file: File, tag: number, p: number, q: number) => Omit<Plant, 'file' | 'tag'> | null;
const OPS: Op[] = [
  (e, _f, tag, p, q) => {
    const n = (e[0] ? cellsOf(e[0].bytes) : []).length;
    const [i, j] = [p % n, q % n];
    if (i === j || e.some((x) => x.tag !== undefined)) return null;
    allColumns(e, (c) => c.map((v, k) => (k === i ? c[j] : k === j ? c[i] : v) ?? ''));
    return { kind: 'neutral' };
  },
  (e, _f, tag, p) => {
    const j = p % (e[0] ? cellsOf(e[0].bytes) : []).length;
    if (!e[0] || e[0].tag !== undefined) return null;
    allColumns(e, (c) => c.filter((_, k) => k !== j));
    e[0].tag = tag;
    return { kind: 'named', fatal: true };
  },
  (e, _f, tag, p, q) => {
    const head = e[0] ? cellsOf(e[0].bytes) : [];
    const [i, j] = [p % head.length, q % head.length];
    if (i === j || !e[0] || e[0].tag !== undefined) return null;
    e[0].bytes = lineOf(head.map((v, k) => (k === i ? (head[j] ?? '') : v)));
    e[0].tag = tag;
    return { kind: 'named', fatal: true };
  },
  (e, file, tag, p, q) => {
    if (file !== 'figures.csv' || !e[0]) return null;
    const head = cellsOf(e[0].bytes);
    const [v, id] = [head.indexOf('value'), head.indexOf('id')];
    const row = e[rowAt(e, p)];
    const cells = row ? cellsOf(row.bytes) : [];
    if (!row || row.tag !== undefined || v < 0 || !cells[v]) return null;
    const text = [...STRICT_NUMBERS, ...EDGE_NUMBERS][q % (STRICT_NUMBERS.length + EDGE_NUMBERS.length)] ?? '';
    cells[v] = text;
    row.bytes = lineOf(cells);
    row.tag = tag;
    return STRICT_NUMBERS.includes(text) ? { kind: 'named' } : { kind: 'number', text, id: cells[id] ?? '' };
  },
  (e, _f, _tag, p, q) => {
    const [i, j] = [rowAt(e, p), rowAt(e, q)];
    const [a, b] = [e[i], e[j]];
    if (!a || !b || i === j) return null;
    [e[i], e[j]] = [b, a];
    return { kind: 'neutral' };
  },
  (e, _f, tag, p) => {
    const row = e[rowAt(e, p)];
    if (!row) return null;
    e.push({ bytes: Buffer.from(row.bytes), eol: '\n', tag });
    return { kind: 'named' };
  },
  (e, _f, tag, p) => {
    const row = e[rowAt(e, p)];
    if (!row) return null;
    row.bytes = Buffer.concat([row.bytes, Buffer.from(',extra')]);
    row.tag ??= tag;
    return row.tag === tag ? { kind: 'named' } : null;
  },
  // One byte of a figure's quote replaced by any other byte: the quote no longer matches its article.
  (e, file, tag, p, q) => {
    const head = e[0] ? cellsOf(e[0].bytes) : [];
    const row = e[rowAt(e, p)];
    const k = head.indexOf('quote');
    if (file !== 'figures.csv' || !row || row.tag !== undefined || k < 0 || row.bytes.includes(0x22)) return null;
    const cells = cellsOf(row.bytes);
    const start = Buffer.byteLength(cells.slice(0, k).join(',')) + (k > 0 ? 1 : 0);
    const at = start + (q % Math.max(1, Buffer.byteLength(cells[k] ?? '')));
    const byte = (q >> 8) % 256;
    if (row.bytes[at] === byte) return null;
    row.bytes[at] = byte;
    row.tag = tag;
    return { kind: 'named', fatal: !isUtf8(row.bytes) };
  },
  (e, _f, tag, p, q) => {
    const row = e[rowAt(e, p)];
    if (!row || row.tag !== undefined) return null;
    const at = charStart(row.bytes, q % (row.bytes.length + 1));
    const bad = Buffer.from(BAD_UTF8[(q >> 8) % BAD_UTF8.length] ?? [0x80]);
    row.bytes = Buffer.concat([row.bytes.subarray(0, at), bad, row.bytes.subarray(at)]);
    row.tag = tag;
    return { kind: 'named', fatal: true };
  },
  (e, _f, tag) => {
    if (!e[0] || e[0].tag !== undefined) return null;
    e[0].bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), e[0].bytes]);
    e[0].tag = tag;
    return { kind: 'named' };
  },
  (e, _f, tag, p, q) => {
    const row = e[rowAt(e, p)];
    if (!row || row.tag !== undefined) return null;
    row.eol = q % 2 ? '\r\n' : '\r';
    row.tag = tag;
    return { kind: 'named', once: row.eol };
  },
  (e, _f, tag) => {
    if (!e[0] || e[0].tag !== undefined) return null;
    for (const x of e) if (x.eol === '\n') x.eol = '\r\n';
    e[0].tag = tag;
    return { kind: 'named', once: '\r\n' };
  }
];

const isUtf8 = (b: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/** The line each tag ends up on, counting line breaks as the reader does (LF, CRLF, and a bare CR). */
function linesOfTags(e: Entry[]): Map<number, number> {
  const at = new Map<number, number>();
  let line = 1;
  for (const x of e) {
    if (x.tag !== undefined) at.set(x.tag, line);
    const text = x.bytes.toString('latin1') + x.eol;
    line += (text.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return at;
}

/** A CSV read by the project's reader and written by the project's writer (Papa.unparse, as ingest does). */
function roundTrip(bytes: Buffer): Buffer {
  const rows: string[][] = [];
  const r = new CsvReader('x', (row) => void rows.push(row.cells), () => {});
  r.push(bytes.toString('utf8'));
  r.end();
  return Buffer.from(`${Papa.unparse(rows, { newline: '\n' })}\n`);
}

const byId = <T,>(rows: T[], key: (t: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
const same = (d: Dataset) => ({
  articles: byId(d.articles, (a) => a.id),
  figures: byId(d.figures, (f) => f.id),
  records: byId(d.records, (r) => r.figure_id)
});

describe('validate on a mutated dataset: passes and round-trips, or names every planted error; never a crash', () => {
  const root = mkdtempSync(join(tmpdir(), 'mutations-'));
  const dir = join(root, 'data');
  cpSync('data', dir, { recursive: true });
  const original = same(readDataset('data').dataset);

  it('bytes, rows, columns, encodings, line endings and numbers at the edges of doubles', () => {
    const plantArb = fc.record({ file: fc.constantFrom(...FILES), op: fc.nat(OPS.length - 1), p: fc.nat(), q: fc.nat() });
    fc.assert(
      fc.property(fc.array(plantArb, { maxLength: 4 }), (wanted) => {
        const files = Object.fromEntries(FILES.map((f) => [f, load(f)])) as Record<File, Entry[]>;
        const plants: Plant[] = [];
        [...wanted]
          .sort((a, b) => a.op - b.op)
          .forEach((w, tag) => {
            const done = OPS[w.op]?.(files[w.file], w.file, tag, w.p, w.q);
            if (done) plants.push({ ...done, file: w.file, tag });
          });
        const bytes = {} as Record<File, Buffer>;
        for (const f of FILES) {
          bytes[f] = Buffer.concat(files[f].flatMap((x) => [x.bytes, Buffer.from(x.eol)]));
          writeFileSync(join(dir, f), bytes[f]);
        }
        let result: ReturnType<typeof readDataset> | undefined;
        expect(() => (result = readDataset(dir))).not.toThrow();
        const { issues, dataset } = result ?? readDataset(dir);
        const named = new Set(issues.map((i) => `${i.file}:${i.line}`));
        const fatal = new Set(plants.filter((p) => p.fatal).map((p) => p.file));
        /** A file that cannot be read past a point: the first such error is named, what follows may not be. */
        const firstFatal = new Map<File, number>();
        // A broken articles.csv row leaves its figures' quotes unchecked (one error, not its consequences).
        const articlesHit = plants.some((p) => p.file === 'articles.csv' && p.kind === 'named');
        const first = new Map<string, number>();
        const lines = Object.fromEntries(FILES.map((f) => [f, linesOfTags(files[f])])) as Record<File, Map<number, number>>;
        for (const p of plants) {
          const line = lines[p.file].get(p.tag) ?? 0;
          if (p.fatal) firstFatal.set(p.file, Math.min(line, firstFatal.get(p.file) ?? Infinity));
          if (p.once) first.set(`${p.file}${p.once}`, Math.min(line, first.get(`${p.file}${p.once}`) ?? Infinity));
        }
        for (const p of plants) {
          if (p.kind !== 'named' || (fatal.has(p.file) && !p.fatal)) continue;
          if (articlesHit && p.file === 'figures.csv' && !p.fatal) continue;
          const line = lines[p.file].get(p.tag) ?? 0;
          if (p.once && first.get(`${p.file}${p.once}`) !== line) continue;
          if (p.fatal && (firstFatal.get(p.file) ?? 0) < line) continue;
          expect(named, `planted at ${p.file}:${line}: ${JSON.stringify(p)}; got ${issues.map(formatIssue).join(' | ')}`).toContain(`${dir}/${p.file}:${line}`);
        }
        if (issues.length) return;
        // Valid: the files read back and write out byte for byte, and what was read is what the file says.
        for (const f of FILES) expect(roundTrip(bytes[f]).equals(bytes[f]), f).toBe(true);
        for (const p of plants.filter((x) => x.kind === 'number')) {
          const got = dataset.figures.find((f) => f.id === p.id)?.value;
          expect(got, `${p.id} value ${p.text}`).toBe(Number(p.text));
        }
        if (plants.every((p) => p.kind === 'neutral')) expect(same(dataset)).toEqual(original);
      }),
      { numRuns: 300, seed: 20261127 }
    );
  }, 60_000);
});
