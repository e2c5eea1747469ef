/**
 * A link that opens the original page scrolled to the quote (URL text fragments, `#:~:text=`). Browsers
 * that do not support fragments simply open the page. A short quote gets a prefix from the raw text so the
 * match is unique on the page.
 */
export function textFragmentUrl(url: string, raw: string, start: number, end: number): string {
  const quote = raw.slice(start, end).trim();
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  let directive = enc(quote);
  if (quote.length < 12) {
    const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
    let from = Math.max(lineStart, start - 8);
    // Text fragments match whole words: a prefix that starts inside a Latin word ("DC" of "IDC") is never
    // found, and the page then opens unscrolled. Take the whole word.
    while (from > lineStart && /[A-Za-z0-9]/.test(raw[from - 1] ?? '') && /[A-Za-z0-9]/.test(raw[from] ?? ''))
      from--;
    const prefix = raw.slice(from, start).trim();
    if (prefix) directive = `${enc(prefix)}-,${directive}`;
  }
  const base = url.split('#')[0] ?? url;
  return `${base}#:~:text=${directive}`;
}
