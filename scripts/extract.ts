/**
 * npm run -s extract -- [--jsonl|--csv] [--published YYYY-MM-DD] FILE...
 *
 * Prints every numeric mention the recognizer finds in each FILE (`-` reads stdin), one per line: JSON Lines
 * by default, or CSV with a header. Offsets are JavaScript string offsets (UTF-16 units, end exclusive) into
 * the file's text. Exit code 2 for an unknown flag or a file that cannot be read (missing, a folder, not
 * UTF-8, binary). Input is read and output written piece by piece: memory stays flat on any input size and
 * the first rows appear at once.
 */
import { statSync } from 'node:fs';
import Papa from 'papaparse';
import { recognize, type Mention } from '../src/lib/quantity';
import { InputError, textPieces } from './lib/textStream';

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

/** Output lines written per call. */
const BATCH = 1000;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
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

/** A missing file or a folder fails before any output is printed. */
function checkInput(file: string): void {
  if (file === '-') return;
  try {
    if (statSync(file).isDirectory()) fail(`cannot read '${file}': is a directory`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
}

/** The reader went away (`| head`): stop quietly, as other command-line tools do. */
class ReaderGone extends Error {}
let gone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  gone = true;
  process.stdout.emit('drain');
});

/** Writes to stdout, waiting when the pipe is full, so that output is never held in memory in bulk. */
async function write(s: string): Promise<void> {
  if (gone) throw new ReaderGone();
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once('drain', r));
}

async function main(): Promise<void> {
  const { format, published, files } = parseArgs(process.argv.slice(2));
  for (const file of files) checkInput(file);
  if (format === 'csv') await write(`${COLUMNS.join(',')}\n`);
  for (const file of files) {
    for (const piece of textPieces(file)) {
      let lines: string[] = [];
      for (const m of recognize(piece.text, published ? { published } : {})) {
        // Mentions outside the piece's own span are seen whole in the neighbouring, overlapping piece.
        if (m.start < piece.keepFrom || m.start >= piece.keepTo) continue;
        const row: Row = { file, ...m, start: m.start + piece.offset, end: m.end + piece.offset };
        lines.push(
          format === 'csv'
            ? Papa.unparse([COLUMNS.map((c) => row[c] ?? '')], { newline: '\n' })
            : JSON.stringify(row)
        );
        // A piece of dense numerals holds a hundred thousand mentions: written in batches, never all at once.
        if (lines.length === BATCH) {
          await write(`${lines.join('\n')}\n`);
          lines = [];
        }
      }
      if (lines.length) await write(`${lines.join('\n')}\n`);
    }
  }
}

// exitCode, never process.exit(): exit() can cut off output still on its way down a pipe.
main().catch((e: unknown) => {
  if (e instanceof ReaderGone) return;
  if (!(e instanceof UsageError || e instanceof InputError)) throw e;
  console.error(`extract: ${e.message}`);
  if (e instanceof UsageError) console.error(USAGE);
  process.exitCode = 2;
});
