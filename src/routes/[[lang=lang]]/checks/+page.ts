// Complete as prerendered HTML: no client-side app. Its filters come with the enhancement script, a module
// the page links (src/lib/enhance/checksFilter.ts); without it the whole table is there.
export const csr = false;
