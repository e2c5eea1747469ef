/**
 * Growing and shrinking a quote by one word with its offsets kept exact: word boundaries come from the
 * browser's (and Node's) Chinese word segmenter over a window of the raw text, so offsets always fall
 * between words, never inside a surrogate pair or a Latin word. Punctuation counts as a word.
 */
const WINDOW = 80;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries (offsets into `text`) between `from` and `to`. */
function boundaries(text: string, from: number, to: number): number[] {
  const a = Math.max(0, from);
  const out: number[] = [a];
  for (const s of segmenter.segment(text.slice(a, Math.min(text.length, to))))
    out.push(a + s.index + s.segment.length);
  return out;
}

export type Span = { start: number; end: number };
export type Move = 'grow-start' | 'grow-end' | 'shrink-start' | 'shrink-end';

/** The span after one move; unchanged at the text's ends, and never shrunk to nothing. */
export function moveSpan(text: string, span: Span, move: Move): Span {
  const { start, end } = span;
  if (move === 'grow-start') {
    const b = boundaries(text, start - WINDOW, start).filter((x) => x < start);
    return { start: b.length ? (b[b.length - 1] as number) : start, end };
  }
  if (move === 'grow-end') {
    const b = boundaries(text, end, end + WINDOW).filter((x) => x > end);
    return { start, end: b[0] ?? end };
  }
  const inner = boundaries(text, start, end).filter((x) => x > start && x < end);
  if (!inner.length) return span;
  return move === 'shrink-start'
    ? { start: inner[0] as number, end }
    : { start, end: inner[inner.length - 1] as number };
}
