import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { realFiles } from './fixtures';

const files = realFiles();
const lines = files.figuresCsv.split('\n');
/** Every row line (figures.csv has no multi-line cells), so a planted error stays on its own line. */
const rows = lines.map((_, i) => i).filter((i) => i > 0 && (lines[i] ?? '') !== '');

/** Planted errors: each turns a valid row line into one that must be reported on that line. */
const PLANTS: ((line: string) => string)[] = [
  (l) => l.replace(/^([^,]*),/, '$1,\u0000'), // a NUL in article_id
  (l) => l.replace(/^([^,]*),/, '$1,x"y'), // a stray quote
  (l) => l.replace(/,(as-cited|corroborated|conflicting),/, ',maybe,'), // a status outside the list
  (l) => `${l},extra`, // one cell too many
  (l) => l.replace(/^[^,]*,/, '$&\u202E'), // a bidi override at the start of article_id
  (l) => l.replace(/,(\d+),(\d+),/, ',$2,$1,') // quote offsets swapped
];

describe('validate on a mutated dataset: every planted error named by line, never a crash', () => {
  it('plants up to five errors in random rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...rows), { minLength: 0, maxLength: 5 }),
        fc.array(fc.nat(PLANTS.length - 1), { minLength: 5, maxLength: 5 }),
        (at, kinds) => {
          const copy = [...lines];
          const planted: number[] = [];
          at.forEach((i, k) => {
            const before = copy[i] ?? '';
            const after = (PLANTS[kinds[k] ?? 0] ?? ((l: string) => l))(before);
            if (after !== before) planted.push(i + 1);
            copy[i] = after;
          });
          const { issues, dataset } = validateDataset({ ...files, figuresCsv: copy.join('\n') });
          const named = new Set(issues.filter((i) => i.file === 'data/figures.csv').map((i) => i.line));
          for (const line of planted) expect(named, `line ${line}`).toContain(line);
          if (planted.length === 0) {
            expect(issues).toEqual([]);
            expect(dataset.figures).toHaveLength(rows.length);
          }
        }
      ),
      { numRuns: 25 }
    );
  }, 120_000);
});
