import { fileURLToPath } from 'node:url';

/** Where the enhancement script is served, under the site's base path (ChartFigure links it). */
export const ENHANCE_FILE = '_app/enhance.js';
const SOURCE = 'src/lib/enhance/index.ts';
const SOURCE_PATH = fileURLToPath(new URL(`../${SOURCE}`, import.meta.url));

/**
 * Pages without client-side rendering (csr = false) still need a little behaviour: chart tooltips, the
 * records switch, the downloads. SvelteKit links no script into such a page, so the client build emits one
 * more entry at a fixed name, which those pages reference with a plain module script; what it imports on
 * demand (the download code) gets hashed chunks beside the app's. In development the same address serves
 * the source through Vite. (JavaScript, like publishTarget.js: vite.config.ts loads it without a compiler.)
 * @returns {import('vite').Plugin}
 */
export function enhanceEntry() {
  let client = false;
  return {
    name: 'cited-figures:enhance-entry',
    configResolved(c) {
      client = !c.build.ssr;
    },
    buildStart() {
      if (client && this.meta.watchMode !== true)
        this.emitFile({ type: 'chunk', id: SOURCE_PATH, fileName: ENHANCE_FILE });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(`/${ENHANCE_FILE}`)) return next();
        res.setHeader('content-type', 'text/javascript');
        res.end(`import '/${SOURCE}';\n`);
      });
    }
  };
}
