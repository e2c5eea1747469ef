/**
 * Where the site is published (CITED_FIGURES_SITE_URL, CITED_FIGURES_BASE_PATH at build time, validated by
 * publishTarget in vite.config.ts and compiled in as constants, so the browser's code agrees with the
 * prerendered pages). Every internal link carries the base path; every link inside an export (CSV, SVG,
 * PPTX, annotations, snippets) is absolute when a public URL is set and relative otherwise: a build never
 * carries an address it was not given, least of all a loopback one.
 */
declare const __CITED_FIGURES_SITE_URL__: string;
declare const __CITED_FIGURES_BASE_PATH__: string;

// Outside Vite (a Playwright test importing a module) there are no compiled constants; the raw environment
// stands in, already validated by the build that made the site under test.
const env = typeof process !== 'undefined' ? process.env : {};

/** The public address of the home page without a trailing slash (`https://host/base`), or '' when unset. */
export const SITE_URL: string =
  typeof __CITED_FIGURES_SITE_URL__ === 'string'
    ? __CITED_FIGURES_SITE_URL__
    : (env.CITED_FIGURES_SITE_URL ?? '').trim().replace(/\/+$/, '');

/** The path the site is served under (`/cited-figures`), '' at a host's root; SvelteKit's paths.base. */
export const BASE_PATH: string =
  typeof __CITED_FIGURES_BASE_PATH__ === 'string'
    ? __CITED_FIGURES_BASE_PATH__
    : (env.CITED_FIGURES_BASE_PATH ?? '').trim().replace(/\/+$/, '');

/** A link within the site for a path like /figures/x: the path under the base path. */
export function sitePath(path: string): string {
  return `${BASE_PATH}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A link for an export to a path like /figures/x: absolute on the public site when its URL is set, else
 * relative to the site's root (sitePath), which still works in a file served beside the site.
 */
export function siteUrl(path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return SITE_URL ? `${SITE_URL}${clean}` : sitePath(clean);
}

/** The absolute public address of a path, to print on an image or a slide; '' when no public URL is set. */
export function publicUrl(path: string): string {
  return SITE_URL ? siteUrl(path) : '';
}
