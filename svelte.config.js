import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { deferImageLink, placeImages } from './scripts/placeImages.js';
import { imageStagingDir, kitDirOf, outDirOf } from './src/lib/buildDirs.js';
import { publishTarget } from './src/lib/publishTarget.js';

// The benchmark builds synthetic corpora side by side; everyone else gets build/ and .svelte-kit/.
const out = outDirOf(process.env);
const kitDir = kitDirOf(process.env);
// A host that serves the site under a sub-path (a GitHub project page: /REPO) needs every URL under it.
const { basePath } = publishTarget(process.env);

const staticSite = adapter({
  pages: out,
  assets: out,
  fallback: undefined,
  precompress: false,
  strict: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    outDir: kitDir,
    paths: { base: /** @type {'' | `/${string}`} */ (basePath) },
    // Every page is prerendered; a missing page or a broken link fails the build.
    // The chart and figure images are made beside the pages, not as pages (src/lib/pages/stageImages.ts),
    // and moved in once the site is written.
    adapter: {
      ...staticSite,
      async adapt(builder) {
        await staticSite.adapt(builder);
        placeImages({
          staging: imageStagingDir(process.env),
          out,
          base: basePath,
          log: (line) => builder.log(line)
        });
      }
    },
    prerender: {
      // A link to an image is checked once the images are placed (placeImages); any other fails here.
      handleHttpError: (e) => {
        if (!deferImageLink(e)) throw new Error(e.message);
      },
      handleMissingId: 'fail',
      entries: ['*'],
      // Several requests at once: pages go on prerendering while /data/images.json makes the images.
      concurrency: 4,
      // A corpus without a chart too large for one page has no chart parts (/charts/ID/part-N) to render;
      // any other route not reached fails the build.
      handleUnseenRoutes: ({ routes, message }) => {
        const parts = /\/charts\/\[id\]\/part-\[n\]$/;
        if (routes.every((r) => parts.test(r))) return;
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
