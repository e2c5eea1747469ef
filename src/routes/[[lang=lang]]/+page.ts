// Complete as prerendered HTML: no client-side app. Its behaviour (chart tooltips, the records switch, the
// downloads) comes from the enhancement script, a module the page links (src/lib/enhance).
export const csr = false;
