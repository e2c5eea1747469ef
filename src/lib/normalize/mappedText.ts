/**
 * A piece of text together with, for every UTF-16 code unit of it, the span [start, end) of the source text it
 * came from. Each normalization step produces one; composing two steps gives the map back to the raw article.
 */
export interface MappedText {
  readonly text: string;
  /** starts[i]: source offset of the first source unit that produced output unit i. */
  readonly starts: Int32Array;
  /** ends[i]: source offset just after the last source unit that produced output unit i. */
  readonly ends: Int32Array;
}

/** Accumulates output pieces and their source spans without quadratic string or array growth. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  /**
   * Appends `out`, produced from source span [start, end). When lengths agree the units map one to one
   * (OpenCC's replacements are almost always char for char); otherwise every output unit maps to the whole span,
   * so no offset inside a length-changing replacement is ever invented.
   */
  push(out: string, start: number, end: number): void {
    this.reserve(out.length);
    const oneToOne = out.length === end - start;
    for (let k = 0; k < out.length; k++) {
      this.starts[this.length + k] = oneToOne ? start + k : start;
      this.ends[this.length + k] = oneToOne ? start + k + 1 : end;
    }
    this.parts.push(out);
    this.length += out.length;
  }

  /** Appends `piece` whose units map through `map` (spans relative to `offset`). */
  pushMapped(piece: MappedText, offset: number): void {
    this.reserve(piece.text.length);
    for (let k = 0; k < piece.text.length; k++) {
      this.starts[this.length + k] = offset + (piece.starts[k] ?? 0);
      this.ends[this.length + k] = offset + (piece.ends[k] ?? 0);
    }
    this.parts.push(piece.text);
    this.length += piece.text.length;
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length)
    };
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** Maps `outer` (spans into some intermediate text) through `inner` (spans of that text into the source). */
export function composeMaps(outer: MappedText, inner: MappedText): MappedText {
  const n = outer.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = outer.starts[i] ?? 0;
    const e = Math.max(s + 1, outer.ends[i] ?? 0);
    starts[i] = inner.starts[s] ?? 0;
    ends[i] = inner.ends[e - 1] ?? 0;
  }
  return { text: outer.text, starts, ends };
}

/** The identity map of a text onto itself. */
export function identityMap(text: string): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}
