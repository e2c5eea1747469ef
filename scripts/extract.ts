/**
 * npm run -s extract -- [--jsonl|--csv] [--published YYYY-MM-DD] FILE...
 *
 * Prints every numeric mention the recognizer finds in each FILE (`-` reads stdin), one per line: JSON Lines
 * by default, or CSV with a header. Offsets are JavaScript string offsets (UTF-16 units, end exclusive) into
 * the file's text. Exit code 2 for an unknown flag or a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { recognize, type Mention } from '../src/lib/quantity';

const COLUMNS = [
  'file',
  'start',
  'end',
  'text',
  'kind',
  'value',
  'low',
  'high',
  'comparator',
  'unit',
  'scale',
  'date',
  'precision',
  'relative'
] as const;

const USAGE =
  'usage: npm run -s extract -- [--jsonl|--csv] [--published YYYY-MM-DD] FILE...  (FILE - reads stdin)';

type Row = { file: string } & Mention;

function fail(message: string): never {
  console.error(`extract: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArgs(args: string[]): { format: 'jsonl' | 'csv'; published?: string; files: string[] } {
  let format: 'jsonl' | 'csv' = 'jsonl';
  let published: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--jsonl' || a === '--csv') format = a === '--csv' ? 'csv' : 'jsonl';
    else if (a === '--published' || a.startsWith('--published=')) {
      published = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!published || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))
        fail(`--published needs a date YYYY[-MM[-DD]]`);
    } else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') fail(`unknown flag '${a}'`);
    else files.push(a);
  }
  if (files.length === 0) fail('no input file given');
  return { format, published, files };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(e));
    return fail(`cannot read '${file}': ${why}`);
  }
}

const { format, published, files } = parseArgs(process.argv.slice(2));
// Read everything first so that a missing file fails before any output is printed.
const inputs = files.map((file) => ({ file, text: readInput(file) }));
const rows: Row[] = [];
for (const { file, text } of inputs) {
  for (const m of recognize(text, published ? { published } : {})) rows.push({ file, ...m });
}

if (format === 'csv') {
  const data = rows.map((r) => COLUMNS.map((c) => r[c] ?? ''));
  process.stdout.write(Papa.unparse({ fields: [...COLUMNS], data }, { newline: '\n' }) + '\n');
} else {
  process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}
