import type { Normalized } from '../normalize';

/**
 * Maps a raw offset into the normalized text (pinyin stripped, simplified): a quote start goes to the first
 * normalized unit that begins at or after it, a quote end to just after the last unit that ends at or before
 * it. Binary search over the monotone maps keeps a long article linear overall.
 */
export function rawToNormalized(n: Pick<Normalized, 'starts' | 'ends'>, raw: number, edge: 'start' | 'end'): number {
  const arr = edge === 'start' ? n.starts : n.ends;
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = arr[mid] ?? 0;
    if (edge === 'start' ? v < raw : v <= raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
