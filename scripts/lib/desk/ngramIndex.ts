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
  private counts = new Int32Array(0);

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
    // Counts in a typed array reused across lookups, and only the touched entries are read back and reset:
    // a common bigram (市场) can post thousands of texts, and a Map per lookup cost more than the counting.
    if (this.counts.length < this.sizes.length) this.counts = new Int32Array(this.sizes.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of bigrams(query)) {
      for (const n of this.postings.get(g) ?? []) {
        if (counts[n] === 0) touched.push(n);
        counts[n] = (counts[n] ?? 0) + 1;
      }
    }
    // Only the best k are kept (insertion into a short list): no object per candidate, so a lookup that
    // touches thousands of texts allocates almost nothing and leaves the garbage collector idle.
    const out: { n: number; score: number }[] = [];
    for (const n of touched) {
      const score = (counts[n] ?? 0) / Math.max(1, this.sizes[n] ?? 1);
      counts[n] = 0;
      if (score < minScore) continue;
      const last = out[out.length - 1];
      if (out.length === k && last && (score < last.score || (score === last.score && n > last.n))) continue;
      let at = out.length;
      while (at > 0) {
        const prev = out[at - 1] as { n: number; score: number };
        if (prev.score > score || (prev.score === score && prev.n < n)) break;
        at--;
      }
      out.splice(at, 0, { n, score });
      if (out.length > k) out.pop();
    }
    return out;
  }
}
