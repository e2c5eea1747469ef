import { isImagePath } from '../src/lib/buildDirs.js';

/**
 * A build makes every chart and figure image beside its pages (src/lib/pages/stageImages.ts); `vite dev`
 * draws one when it is asked for, through the same code and render cache. (JavaScript, like
 * enhanceEntry.js: vite.config.ts loads it without a compiler.)
 * @param {string} base the site's base path, '' at a host's root
 * @returns {import('vite').Plugin}
 */
export function devImages(base) {
  return {
    name: 'cited-figures:dev-images',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith(`${base}/`) || !isImagePath(path)) return next();
        const serve = async () => {
          const { dataset } = await server.ssrLoadModule('/src/lib/server/dataset.ts');
          const { imageResponse } = await server.ssrLoadModule('/src/lib/pages/chartImages.ts');
          /** @type {Response} */
          const r = await imageResponse(dataset(), path.slice(base.length));
          res.statusCode = r.status;
          r.headers.forEach((value, name) => res.setHeader(name, value));
          res.end(Buffer.from(await r.arrayBuffer()));
        };
        serve().catch(next);
      });
    }
  };
}
