import type { Figure } from '../schema';

/** A run of text and the figures whose quotes cover it; `ends` lists figures whose quote ends here. */
export type Segment = { start: number; end: number; text: string; figureIds: string[]; ends: string[] };

type Span = Pick<Figure, 'id' | 'quote_start' | 'quote_end'>;

/**
 * Cuts a text into segments at every quote boundary, so overlapping quotes (one sentence stating four
 * market shares) all stay highlighted and each figure still gets its own link where its quote ends.
 * `map` converts raw offsets to offsets in `text` (identity for the raw text).
 */
export function articleSegments(text: string, figures: readonly Span[], map = (i: number) => i): Segment[] {
  const spans = figures.map((f) => ({ id: f.id, start: map(f.quote_start), end: map(f.quote_end) }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const figureIds = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const ends = spans.filter((s) => s.end === end).map((s) => s.id);
    segments.push({ start, end, text: text.slice(start, end), figureIds, ends });
  }
  return segments;
}
