/** A quote cut out of its surrounding paragraph, ready to render with the quote highlighted. */
export type QuoteContext = {
  before: string;
  quote: string;
  after: string;
  clippedStart: boolean;
  clippedEnd: boolean;
};

/**
 * The paragraph (line) of the raw text that holds the quote, trimmed to `radius` characters either side so
 * a long paragraph still shows the sentence around the quote. Offsets are into the raw text.
 */
export function quoteInContext(raw: string, start: number, end: number, radius = 160): QuoteContext {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const nl = raw.indexOf('\n', end);
  const lineEnd = nl < 0 ? raw.length : nl;
  const from = Math.max(lineStart, start - radius);
  const to = Math.min(lineEnd, end + radius);
  return {
    before: raw.slice(from, start),
    quote: raw.slice(start, end),
    after: raw.slice(end, to),
    clippedStart: from > lineStart,
    clippedEnd: to < lineEnd
  };
}
