// Where the built site will be published, read once from the environment at build time. Plain JavaScript
// with JSDoc types because svelte.config.js (run by Node as is) needs it as much as the site does.

const SITE_EXAMPLE = 'CITED_FIGURES_SITE_URL=https://newsroom.example.org/cited-figures';
const BASE_EXAMPLE = 'CITED_FIGURES_BASE_PATH=/cited-figures';

/**
 * @typedef {object} PublishTarget
 * @property {string} siteUrl The public address of the site's home page without a trailing slash, e.g.
 *   `https://newsroom.example.org/cited-figures`; '' when none was given (exports then use relative links).
 * @property {string} basePath The path the site is served under, e.g. `/cited-figures`; '' at a host's root.
 */

/** A bad value in the environment: the message names the variable and shows an example. */
export class PublishConfigError extends Error {}

/**
 * Reads CITED_FIGURES_SITE_URL and CITED_FIGURES_BASE_PATH. The base path defaults to the site URL's own
 * path; given both, they must agree. A loopback address is refused: a link a reader can
 * never open is worse than none, and it would also make the iframe snippet reject every real host.
 * @param {Record<string, string | undefined>} env
 * @returns {PublishTarget}
 */
export function publishTarget(env) {
  const rawBase = (env.CITED_FIGURES_BASE_PATH ?? '').trim();
  const base = rawBase === '' ? undefined : basePathOf(rawBase);
  const rawSite = (env.CITED_FIGURES_SITE_URL ?? '').trim();
  if (rawSite === '') return { siteUrl: '', basePath: base ?? '' };
  const site = parseSite(rawSite);
  const sitePath = site.pathname.replace(/\/+$/, '');
  if (base !== undefined && sitePath !== '' && sitePath !== base) {
    throw new PublishConfigError(
      `CITED_FIGURES_SITE_URL ends in the path "${sitePath}" but CITED_FIGURES_BASE_PATH is "${base}". ` +
        `Give the path in one of them, or the same in both, e.g. ${SITE_EXAMPLE} (the base path then follows).`
    );
  }
  const basePath = base ?? (sitePath === '' ? '' : basePathOf(sitePath));
  return { siteUrl: `${site.origin}${basePath}`, basePath };
}

/**
 * publishTarget, or a one-line error on stderr and exit code 1: for build entry points, where a stack trace
 * would bury the message.
 * @param {Record<string, string | undefined>} env
 * @returns {PublishTarget}
 */
export function publishTargetOrExit(env) {
  try {
    return publishTarget(env);
  } catch (e) {
    if (!(e instanceof PublishConfigError)) throw e;
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}

/** @param {string} raw */
function parseSite(raw) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new PublishConfigError(
      `CITED_FIGURES_SITE_URL="${raw}" is not a URL. Give the public address of the site's home page, ` +
        `with https://, e.g. ${SITE_EXAMPLE}`
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublishConfigError(
      `CITED_FIGURES_SITE_URL="${raw}" is not a web address (it starts with ${url.protocol}). ` +
        `Use http:// or https://, e.g. ${SITE_EXAMPLE}`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new PublishConfigError(
      `CITED_FIGURES_SITE_URL="${raw}" carries a query, a fragment or a password; give the home page's ` +
        `address alone, e.g. ${SITE_EXAMPLE}`
    );
  }
  if (isLocal(url.hostname)) {
    throw new PublishConfigError(
      `CITED_FIGURES_SITE_URL="${raw}" is a local address that readers cannot open. Give the public ` +
        `address, e.g. ${SITE_EXAMPLE}, or leave it unset: exports then carry relative links and no address.`
    );
  }
  return url;
}

/**
 * Loopback names only: an intranet address (10.x, 192.168.x) is a real place to publish for a newsroom.
 * Also used by the chart page, which names the address it is read at in its snippets, but never a loopback one.
 * @param {string} host
 */
export function isLocal(host) {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || /^127\./.test(h);
}

/**
 * `/cited-figures/` → `/cited-figures`; `/` → ''. SvelteKit's paths.base must start with a slash, must not
 * end with one, and is used verbatim in URLs, so only plain path characters are accepted.
 * @param {string} raw
 */
function basePathOf(raw) {
  const base = raw.replace(/\/+$/, '');
  if (base === '') return '';
  if (!base.startsWith('/') || !/^(\/[A-Za-z0-9._~-]+)+$/.test(base) || /\/\.\.?(\/|$)/.test(base)) {
    throw new PublishConfigError(
      `CITED_FIGURES_BASE_PATH="${raw}" is not a URL path. Give the folder the site is served under, ` +
        `starting with a slash, letters, digits, ".", "_", "~" or "-" only, e.g. ${BASE_EXAMPLE}`
    );
  }
  return base;
}
