import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { notUtf8Message, utf8Check, utf8End, utf8Start } from '../../src/lib/data/utf8';
import { ARTICLE_COLUMNS, type Article } from '../../src/lib/schema';
import { detectScript } from './detectScript';

/**
 * How an article is pinned: shared by `npm run ingest` and the desk, so both store the same bytes under the
 * same id, sha256 and row for the same file.
 */

/** Why the bytes cannot be an article (not UTF-8 with file:line:col, or empty), or null. */
export function articleBytesProblem(file: string, bytes: Uint8Array): string | null {
  const state = utf8Start();
  const bad = utf8Check(bytes, state) ?? utf8End(state);
  if (bad)
    return `${file}:${bad.line}:${bad.col}: ${notUtf8Message(file, bad.offset, bytes.subarray(bad.offset, bad.offset + 8))}`;
  if (Buffer.from(bytes).toString('utf8').trim() === '') return `${file} is empty`;
  return null;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A file name an article may be stored under (letters, digits, "-", "_", ".", ending in .txt). */
export const isArticleFileName = (name: string): boolean => /^[\w.-]+\.txt$/.test(name);

/** The id ingest gives a file when no --id is passed: its name, lower-case, in slug form. */
export function articleIdFor(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type ArticleMeta = {
  title?: string;
  outlet?: string;
  platform?: string;
  published?: string;
  url?: string;
};

/** The articles.csv row of a newly pinned article; label_zh is its first line, as ingest has always written. */
export function newArticleRow(
  articleId: string,
  name: string,
  sha256: string,
  text: string,
  meta: ArticleMeta,
  qualityNote: string
): Record<keyof Article, string> {
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 60) ?? articleId;
  return {
    id: articleId,
    file: name,
    sha256,
    title: meta.title ?? '',
    label_zh: firstLine,
    label_en: `Article ${articleId}`,
    outlet: meta.outlet ?? '',
    platform: meta.platform ?? '',
    author: '',
    published: meta.published ?? '',
    url: meta.url ?? '',
    language: 'zh',
    script: detectScript(text),
    quality_note: qualityNote
  };
}

/** One CSV line (no newline) with the given columns, quoted as the data files are. */
export function csvLine<K extends string>(columns: readonly K[], row: Record<K, unknown>): string {
  return Papa.unparse(
    { fields: [...columns], data: [columns.map((c) => row[c] ?? '')] },
    { header: false, newline: '\n' }
  );
}

/** A CSV file's text with lines added at its end: earlier bytes are kept exactly, so a diff shows only these. */
export function appendLines(csv: string, lines: readonly string[]): string {
  if (!lines.length) return csv;
  const base = csv.endsWith('\n') || csv === '' ? csv : `${csv}\n`;
  return `${base}${lines.join('\n')}\n`;
}

export { ARTICLE_COLUMNS };
