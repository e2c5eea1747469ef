import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, type Dataset } from './validateDataset';
import { formatIssue, type DataIssue } from './issue';

/** Reads the data folder from disk and validates it. Used by scripts/validate, the build and the tests. */
export function readDataset(dir = 'data'): { dataset: Dataset; issues: DataIssue[] } {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const chartsPath = join(dir, 'charts.json');
  const optional = (name: string) => (existsSync(join(dir, name)) ? read(name) : null);
  return validateDataset({
    dir: dir.replace(/\/$/, ''),
    articlesCsv: read('articles.csv'),
    figuresCsv: read('figures.csv'),
    chartsJson: existsSync(chartsPath) ? readFileSync(chartsPath, 'utf8') : null,
    recordsCsv: optional('records.csv'),
    mentionsCsv: optional('mentions.csv'),
    articleText: (file) => {
      const path = join(dir, 'articles', file);
      if (!existsSync(path)) return undefined;
      const bytes = readFileSync(path);
      return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
    }
  });
}

/** The dataset, or an error that lists every problem: the build stops on bad data. */
export function loadDatasetOrThrow(dir = 'data'): Dataset {
  const { dataset, issues } = readDataset(dir);
  if (issues.length) {
    throw new Error(`${issues.length} data error(s):\n${issues.map(formatIssue).join('\n')}`);
  }
  return dataset;
}
