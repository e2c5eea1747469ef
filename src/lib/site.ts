/**
 * The one configured site URL, from which every absolute link inside an export (CSV, SVG, PPTX, annotations)
 * is made. Set CITED_FIGURES_SITE_URL at build time for a deployment; the default is the local server that
 * `npm start` runs, which is true for anyone building the site from this repository.
 */
export const SITE_URL = (
  (typeof process !== 'undefined' ? process.env.CITED_FIGURES_SITE_URL : undefined) ?? 'http://127.0.0.1:4173'
).replace(/\/$/, '');

/** An absolute URL on the site for a path like /figures/x. */
export function siteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
