import { ownString } from './ownString';

/** An article's raw text and the sha256 of its bytes, or why it cannot be used. */
export type ArticleFile = { text: string; sha256: string } | { problem: string } | undefined;

/** How many texts validate keeps when it does not keep them all: figures.csv lists an article's rows together. */
const RECENT = 16;

/**
 * Article texts by id, for the quote checks. The build keeps every text (its pages show them); validate on
 * its own keeps the file name of every article and only the last few texts, and reads a text again when a
 * row names an article it has dropped, so memory does not grow with the size of the corpus's articles.
 */
export class ArticleTexts {
  /** Every text, when kept (no prototype: any id is safe). */
  readonly all: Record<string, string> = Object.create(null) as Record<string, string>;
  private readonly files = new Map<string, string>();
  private readonly recent = new Map<string, string>();

  constructor(
    private readonly keepAll: boolean,
    private readonly read: (file: string) => ArticleFile
  ) {}

  /** An article whose text was read and checked. */
  add(id: string, file: string, text: string): void {
    if (this.keepAll) this.all[id] = text;
    else {
      this.files.set(id, file);
      this.remember(id, text);
    }
  }

  get(id: string): string | undefined {
    if (this.keepAll) return this.all[id];
    const hit = this.recent.get(id);
    if (hit !== undefined) return hit;
    const file = this.files.get(id);
    const got = file === undefined ? undefined : this.read(file);
    if (!got || 'problem' in got) return undefined;
    this.remember(ownString(id), got.text);
    return got.text;
  }

  private remember(id: string, text: string): void {
    this.recent.delete(id);
    this.recent.set(id, text);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value as string);
  }
}
