import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { readFods, type CalcCell } from './calc/readFods';

/**
 * Every CSV the site publishes, opened in LibreOffice Calc (standing in for Excel) the way a journalist's
 * Calc reads a UTF-8 file: comma-separated, double-quoted, UTF-8. What Calc holds must be what the CSV
 * says: every Chinese (and other) text cell character for character, every number a number Calc can sum,
 * never a number stored as text. Calc runs headless with a private profile, converting all files in one
 * start to flat ODF, whose XML keeps each cell's type.
 */

const execFileP = promisify(execFile);
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const CJK = /[\u3400-\u9fff]/;

/** Calc keeps 15 significant digits, as Excel does; a number is intact if it survives that. */
const sameNumber = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= Math.abs(b) * 1e-13;

/**
 * Whether Calc holds what the CSV cell says. Numbers must be numbers of the same value. Text must be the same
 * text, except where Calc's own type detection (which Excel shares) reads a quoted "26.1%" as the percentage
 * 0.261 or "2025-12-29" as that date: the same meaning, still correct in a sum or a filter.
 */
function intact(cell: string, got: CalcCell): boolean {
  if (cell === '') return got.type === 'empty' || (got.type === 'string' && got.value === '');
  if (NUMBER.test(cell)) return got.type === 'float' && sameNumber(Number(got.value), Number(cell));
  if (got.type === 'percentage' && /^-?[\d.]+%$/.test(cell))
    return sameNumber(Number(got.value) * 100, Number(cell.slice(0, -1)));
  if (got.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return got.value.slice(0, 10) === cell;
  return got.type === 'string' && got.value === cell;
}

function publishedCsvs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(dir, f))
    .sort();
}

test('Calc opens every published CSV with Chinese intact and numbers numeric', async () => {
  test.setTimeout(600_000);
  const files = publishedCsvs('build');
  expect(files.map((f) => basename(f))).toEqual(
    expect.arrayContaining(['figures.csv', 'articles.csv', 'checks.csv', 'compute-gap.csv'])
  );
  const out = mkdtempSync(join(tmpdir(), 'calc-out-'));
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  const started = Date.now();
  try {
    await execFileP(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = from the first line: the import dialog's choice
        // for a UTF-8 file. (Without options, headless Calc reads it as Windows-1252 despite the BOM.)
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'fods',
        '--outdir',
        out,
        ...files
      ],
      { timeout: 540_000 }
    );
    console.log(`calc: ${files.length} CSVs converted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const wrong: string[] = [];
    let cjk = 0;
    let numbers = 0;
    for (const file of files) {
      const csv = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: true
      }).data;
      const calc = readFods(readFileSync(join(out, basename(file, '.csv') + '.fods'), 'utf8'));
      if (calc.length !== csv.length)
        wrong.push(`${file}: ${csv.length} rows in the CSV, ${calc.length} in Calc`);
      csv.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got: CalcCell = calc[r]?.[c] ?? { type: 'empty', value: '' };
          const ok = intact(cell, got);
          if (ok && CJK.test(cell)) cjk++;
          if (ok && NUMBER.test(cell)) numbers++;
          if (!ok)
            wrong.push(
              `${basename(file)}:${r + 1}:${c + 1} CSV ${JSON.stringify(cell.slice(0, 60))} → Calc ${got.type} ${JSON.stringify(got.value.slice(0, 60))}`
            );
        })
      );
    }
    console.log(`calc: ${cjk} Chinese text cells and ${numbers} numbers read back intact`);
    expect(wrong.slice(0, 30), `${wrong.length} cells differ:\n${wrong.slice(0, 30).join('\n')}`).toEqual([]);
    expect(cjk).toBeGreaterThan(100);
    expect(numbers).toBeGreaterThan(100);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
