export { quoteInContext, type QuoteContext } from './quoteInContext';
export { textFragmentUrl } from './textFragmentUrl';
export { citeArticle } from './citeArticle';
export { sourceLine } from './sourceLine';
export { articleShortName } from './articleShortName';
export { sourceName } from './sourceName';
