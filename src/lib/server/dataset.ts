import { loadDatasetOrThrow } from '../data/readDataset';
import type { Dataset } from '../data/dataset';

let cached: Dataset | undefined;

/**
 * The validated dataset, read once per build. Any data error throws here, so prerendering (and therefore
 * `npm run build`) fails with the full list of problems.
 */
export function dataset(): Dataset {
  // CITED_FIGURES_DATA points the build at another data folder (the synthetic corpora of the scale bench).
  cached ??= loadDatasetOrThrow(process.env.CITED_FIGURES_DATA ?? 'data');
  return cached;
}
