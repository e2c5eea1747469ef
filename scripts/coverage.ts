/**
 * npm run coverage [-- --data DIR]: for each article, every numeric mention the recognizer finds and whether
 * a curated figure covers it, then the curated rows whose value, unit or comparator disagree with what the
 * recognizer reads from their quote. Exit code 1 when there is any disagreement.
 */
import { loadDatasetOrThrow } from '../src/lib/data/readDataset';
import { coverageReport } from './lib/coverageReport';
import { describeMention } from './lib/reproduces';

const at = process.argv.indexOf('--data');
const dir = at >= 0 ? (process.argv[at + 1] ?? 'data') : 'data';
const report = coverageReport(loadDatasetOrThrow(dir));
let covered = 0;
let total = 0;
let disagreements = 0;
for (const a of report) {
  const n = a.mentions.filter((m) => m.figureIds.length).length;
  covered += n;
  total += a.mentions.length;
  console.log(`\n## ${a.articleId}: ${n} of ${a.mentions.length} mentions covered by a curated figure`);
  for (const { mention, figureIds } of a.mentions) {
    const mark = figureIds.length ? `✓ ${figureIds.join(', ')}` : '· not curated';
    console.log(`  ${String(mention.start).padStart(6)}  ${describeMention(mention).padEnd(44)} ${mark}`);
  }
  for (const { figure, read } of a.disagreements) {
    disagreements++;
    const what = read.length ? read.map(describeMention).join('; ') : 'no mention inside the quote';
    console.log(
      `  ✗ ${figure.id}: curated ${figure.comparator} ${figure.date || (figure.value ?? `${figure.low}–${figure.high}`)} ${figure.unit}; recognizer read ${what}`
    );
  }
}
console.log(
  `\ncoverage: ${covered} of ${total} mentions covered; ${disagreements} curated row(s) disagree with the recognizer`
);
process.exit(disagreements ? 1 : 0);
