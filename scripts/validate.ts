/**
 * npm run validate [-- --data DIR]: checks every data file and prints every problem, one per line, as
 * `file:line:column: column "name": message`. Exit code 1 when anything is wrong.
 */
import { formatIssue } from '../src/lib/data/issue';
import { readDataset } from '../src/lib/data/readDataset';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dir = at >= 0 ? args[at + 1] : 'data';
if (!dir || args.some((a, i) => a !== '--data' && i !== at + 1)) {
  console.error('usage: npm run validate [-- --data DIR]');
  process.exitCode = 2;
} else run(dir);

// exitCode, never process.exit(): exit() can cut off error lines still on their way down a pipe.
function run(dir: string): void {
  // keep: false — the rows are checked and dropped, so a million of them fit in a flat amount of memory.
  const { counts: n, issues } = readDataset(dir, { keep: false });
  for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
  const counts = `${n.articles} articles, ${n.figures} figures, ${n.charts} charts, ${n.records} records, ${n.mentions} mentions`;
  if (issues.length) {
    process.stderr.write(`validate: ${issues.length} error(s) in ${dir}/ (${counts} valid)\n`);
    process.exitCode = 1;
    return;
  }
  console.log(`validate: 0 errors (${counts}; every quote found at its offsets, every sha256 matches)`);
}
