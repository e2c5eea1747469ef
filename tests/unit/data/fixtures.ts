import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles } from '../../../src/lib/data/validateDataset';

const DATA = join(import.meta.dirname, '../../../data');

/** The real data files, as strings a test can corrupt one at a time (charts and records left out unless given). */
export function realFiles(): DatasetFiles & { articlesCsv: string; figuresCsv: string } {
  return {
    articlesCsv: readFileSync(join(DATA, 'articles.csv'), 'utf8'),
    figuresCsv: readFileSync(join(DATA, 'figures.csv'), 'utf8'),
    chartsJson: undefined,
    recordsCsv: undefined,
    mentionsCsv: undefined,
    articleText: (file) => {
      try {
        const bytes = readFileSync(join(DATA, 'articles', file));
        return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
      } catch {
        return undefined;
      }
    }
  };
}

/** The line number (1-based) of the first line of a CSV that contains `needle`. */
export function lineOf(csv: string, needle: string): number {
  const i = csv.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture: ${needle} not in csv`);
  return i + 1;
}

/** Replaces exactly one occurrence of `from` on the line containing `needle`. */
export function editLine(csv: string, needle: string, from: string, to: string): string {
  const lines = csv.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  const line = lines[i];
  if (i < 0 || line === undefined || !line.includes(from)) throw new Error(`fixture: cannot edit ${needle}`);
  lines[i] = line.replace(from, to);
  return lines.join('\n');
}

/** `line:column` of the cell that starts with `cell` on the line containing `needle` (found as ",cell"). */
export function cellAt(csv: string, needle: string, cell: string): string {
  const line = lineOf(csv, needle);
  const text = csv.split('\n')[line - 1] ?? '';
  const i = text.indexOf(`,${cell}`);
  if (i < 0) throw new Error(`fixture: no cell ${cell} on line ${line}`);
  return `${line}:${i + 2}`;
}

/** `line:column` of the named column's cell on the line containing `needle` (quoted cells understood). */
export function columnAt(csv: string, needle: string, column: string): string {
  const cells = (text: string): number[] => {
    const starts = [0];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '"') quoted = !quoted;
      else if (text[i] === ',' && !quoted) starts.push(i + 1);
    }
    return starts;
  };
  const header = (csv.split('\n')[0] ?? '').split(',');
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`fixture: no column ${column}`);
  const line = lineOf(csv, needle);
  const start = cells(csv.split('\n')[line - 1] ?? '')[index];
  if (start === undefined) throw new Error(`fixture: line ${line} has no cell ${column}`);
  return `${line}:${start + 1}`;
}
