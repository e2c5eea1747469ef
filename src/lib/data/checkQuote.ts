/**
 * Proves a quote is in its article: the raw text between the offsets must equal the quote exactly. When it
 * does not, the message says where (if anywhere) the quote does occur, so a curator can repair the offsets
 * by hand; nothing is repaired automatically.
 */
export function checkQuote(raw: string, quote: string, start: number, end: number): string | null {
  if (end > raw.length) {
    return `quote_end ${end} is past the end of the article (${raw.length} characters)`;
  }
  const actual = raw.slice(start, end);
  if (actual === quote) return null;
  const at = raw.indexOf(quote);
  const found =
    at < 0
      ? 'the quote does not occur anywhere in the article'
      : `the quote occurs at ${at}–${at + quote.length}`;
  return `quote does not match the article at ${start}–${end} (the text there is ${JSON.stringify(abbreviate(actual))}); ${found}`;
}

function abbreviate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
