import { readDataset } from '../../../src/lib/data/readDataset';
import { formatIssue } from '../../../src/lib/data/issue';
import type { Dataset } from '../../../src/lib/data/dataset';
import type { Mention } from '../../../src/lib/quantity';
import { candidateRows, type Candidate } from '../candidateRows';
import {
  articleBytesProblem,
  articleIdFor,
  isArticleFileName,
  newArticleRow,
  sha256Of,
  type ArticleMeta
} from '../pinArticle';
import { SuggestIndex } from './suggestIndex';
import { suggestMetadata, type MetadataSuggestion } from './suggestMetadata';

/** An article open in the desk: pinned bytes, its row (new or existing), and the ingest's candidate rows. */
export type OpenArticle = {
  id: string;
  file: string;
  sha256: string;
  bytes: Buffer;
  text: string;
  isNew: boolean;
  row: Record<string, string>;
  metadata: MetadataSuggestion;
  candidates: Candidate[];
  /** Ids of figures this article already has in figures.csv (a re-opened article). */
  existingFigures: string[];
};

export class DeskState {
  dataset!: Dataset;
  index!: SuggestIndex;
  readonly open = new Map<string, OpenArticle>();

  constructor(readonly dir: string) {
    this.reload();
  }

  /** Reads data/ again (after a save, or a CLI run): suggestions always come from what is on disk. */
  reload(): void {
    const { dataset, issues } = readDataset(this.dir);
    if (issues.length)
      throw new Error(
        `the data folder has errors; fix them first:\n${issues.slice(0, 20).map(formatIssue).join('\n')}`
      );
    this.dataset = dataset;
    this.index = new SuggestIndex(dataset.figures);
  }

  /**
   * Pins bytes as ingest would (same UTF-8 check, sha256, id and row); the same bytes twice open the article
   * already in the dataset. Nothing is written until Save.
   */
  addArticle(bytes: Buffer, givenName: string | undefined): OpenArticle | { problem: string } {
    const sha256 = sha256Of(bytes);
    const name = givenName && givenName.trim() ? givenName.trim() : `article-${sha256.slice(0, 12)}.txt`;
    const problem = articleBytesProblem(name, bytes);
    if (problem) return { problem };
    const text = bytes.toString('utf8');
    const pending = [...this.open.values()].find((a) => a.sha256 === sha256);
    if (pending) return pending;
    const same = this.dataset.articles.find((a) => a.sha256 === sha256);
    if (same) {
      const row = Object.fromEntries(Object.entries(same).map(([k, v]) => [k, String(v ?? '')]));
      return this.remember({
        id: same.id,
        file: same.file,
        sha256,
        bytes,
        text,
        isNew: false,
        row,
        metadata: suggestMetadata(text),
        candidates: candidateRows(same.id, text, same.published),
        existingFigures: this.dataset.figures.filter((f) => f.article_id === same.id).map((f) => f.id)
      });
    }
    if (!isArticleFileName(name))
      return {
        problem: `${name}: articles are stored as .txt files named with letters, digits, "-", "_" and "."; rename it`
      };
    const id = articleIdFor(name);
    if (this.dataset.articles.some((a) => a.id === id || a.file === name))
      return {
        problem: `${name}: an article with this name or id "${id}" already exists with other content; rename the file`
      };
    const metadata = suggestMetadata(text);
    const meta: ArticleMeta = {
      title: metadata.title?.value,
      outlet: metadata.outlet?.value,
      published: metadata.published?.value,
      url: metadata.url?.value
    };
    const row = newArticleRow(
      id,
      name,
      sha256,
      text,
      meta,
      'Added with npm run desk; metadata read from the text.'
    );
    return this.remember({
      id,
      file: name,
      sha256,
      bytes,
      text,
      isNew: true,
      row,
      metadata,
      candidates: candidateRows(id, text, meta.published ?? ''),
      existingFigures: []
    });
  }

  private remember(a: OpenArticle): OpenArticle {
    this.open.set(a.id, a);
    return a;
  }
}

/** A candidate row as the recognizer's mention, for the suggesters. */
export function asMention(c: Candidate): Mention {
  return {
    start: c.quote_start,
    end: c.quote_end,
    text: c.quote,
    kind: c.kind as Mention['kind'],
    value: c.value,
    low: c.low,
    high: c.high,
    comparator: c.comparator as Mention['comparator'],
    unit: (c.unit || null) as Mention['unit'],
    scale: null,
    date: c.date || undefined
  };
}
