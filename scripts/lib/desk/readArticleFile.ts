import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFile } from '../../../src/lib/data/articleTexts';
import { articleBytesProblem, sha256Of } from '../pinArticle';

/** An article file of the data folder as the validator needs it (text and sha256), or why it cannot be used. */
export function readArticleFile(dir: string, file: string): ArticleFile {
  const path = join(dir, 'articles', file);
  try {
    if (!lstatSync(path).isFile()) return { problem: `${path} is not a plain file` };
  } catch {
    return undefined;
  }
  const bytes = readFileSync(path);
  const problem = articleBytesProblem(path, bytes);
  if (problem && !problem.endsWith('is empty')) return { problem };
  return { text: bytes.toString('utf8'), sha256: sha256Of(bytes) };
}
