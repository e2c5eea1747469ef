/**
 * Character-bigram index over short texts (a figure's subject and metric). Chinese has no spaces, so
 * overlapping pairs of characters are what two wordings of the same thing share. Looking up a clause walks
 * only the postings of its own bigrams, so the cost grows with the clause, not with the dataset.
 */
export function bigrams(text: string): Set<string> {
  const s = text.replace(/\s+/g, '').toLowerCase();
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

export class NgramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly sizes: number[] = [];

  /** Adds a text and returns its number. */
  add(text: string): number {
    const n = this.sizes.length;
    const grams = bigrams(text);
    this.sizes.push(grams.size);
    for (const g of grams) {
      const list = this.postings.get(g);
      if (list) list.push(n);
      else this.postings.set(g, [n]);
    }
    return n;
  }

  /**
   * The texts most like `query`, best first: the share of a text's bigrams that the query contains (a short
   * subject wholly inside a long clause scores 1). Ties go to the text added first.
   */
  nearest(query: string, k: number, minScore = 0.34): { n: number; score: number }[] {
    const hits = new Map<number, number>();
    for (const g of bigrams(query)) {
      for (const n of this.postings.get(g) ?? []) hits.set(n, (hits.get(n) ?? 0) + 1);
    }
    const out: { n: number; score: number }[] = [];
    for (const [n, shared] of hits) {
      const score = shared / Math.max(1, this.sizes[n] ?? 1);
      if (score >= minScore) out.push({ n, score });
    }
    out.sort((a, b) => b.score - a.score || a.n - b.n);
    return out.slice(0, k);
  }
}
