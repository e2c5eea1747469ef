/**
 * npm run validate [-- --data DIR]: checks every data file and prints every problem, one per line, as
 * `file:line: column "name": message`. Exit code 1 when anything is wrong.
 */
import { formatIssue } from '../src/lib/data/issue';
import { readDataset } from '../src/lib/data/readDataset';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dir = at >= 0 ? args[at + 1] : 'data';
if (!dir || args.some((a, i) => a !== '--data' && i !== at + 1)) {
  console.error('usage: npm run validate [-- --data DIR]');
  process.exit(2);
}
const { dataset, issues } = readDataset(dir);
for (const issue of issues) console.error(formatIssue(issue));
const counts = `${dataset.articles.length} articles, ${dataset.figures.length} figures, ${dataset.charts.length} charts, ${dataset.records.length} records, ${dataset.mentions.length} mentions`;
if (issues.length) {
  console.error(`validate: ${issues.length} error(s) in ${dir}/ (${counts} valid)`);
  process.exit(1);
}
console.log(`validate: 0 errors (${counts}; every quote found at its offsets, every sha256 matches)`);
