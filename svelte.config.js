import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { publishTarget } from './src/lib/publishTarget.js';

// The benchmark builds synthetic corpora side by side; everyone else gets build/.
const out = process.env.CITED_FIGURES_OUT ?? 'build';
// Builds running side by side (the benchmark, a second checkout's tests) each need their own working dir too:
// `vite build` regenerates it from scratch, and `vite preview` serves the last build found there.
const kitDir = process.env.CITED_FIGURES_KIT_DIR ?? '.svelte-kit';
// A host that serves the site under a sub-path (a GitHub project page: /REPO) needs every URL under it.
const { basePath } = publishTarget(process.env);
// The same switch as src/lib/export/imagesBuilt.ts.
const imagesOff = (process.env.CITED_FIGURES_IMAGES ?? '').trim().toLowerCase() === 'off';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    outDir: kitDir,
    paths: { base: /** @type {'' | `/${string}`} */ (basePath) },
    // Every page is prerendered; a missing page or a broken link fails the build.
    adapter: adapter({
      pages: out,
      assets: out,
      fallback: undefined,
      precompress: false,
      strict: true
    }),
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      entries: ['*'],
      // Several requests at once: chart images are drawn on worker threads while pages go on prerendering.
      concurrency: 4,
      // A build without images (CITED_FIGURES_IMAGES=off) leaves the image routes unvisited, by design;
      // any other route not reached still fails the build. A corpus without a chart too large for one page
      // has no chart parts (/charts/ID/part-N) to render.
      handleUnseenRoutes: ({ routes, message }) => {
        const images = /\/(?:charts\/\[file\]\.(?:png|svg)|figures\/\[id\]\.png)$/;
        const parts = /\/charts\/\[id\]\/part-\[n\]$/;
        const unseen = routes.filter((r) => !parts.test(r));
        if (!unseen.length || (imagesOff && unseen.every((r) => images.test(r)))) return;
        throw new Error(message);
      }
    },
    // A strict policy in every page (a <meta> tag, since pages are static): scripts only from this origin or
    // hashed inline bootstraps, no plugins, no foreign connections. Headers a host should add on top (framing
    // rules, which a <meta> cannot set) are in static/_headers and the README.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
