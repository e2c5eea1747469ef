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
    const prefix = raw.slice(Math.max(lineStart, start - 8), start).trim();
    if (prefix) directive = `${enc(prefix)}-,${directive}`;
  }
  const base = url.split('#')[0] ?? url;
  return `${base}#:~:text=${directive}`;
}
