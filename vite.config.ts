import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { devImages } from './scripts/devImages.js';
import { enhanceEntry } from './scripts/enhanceEntry.js';
import { publishTargetOrExit } from './src/lib/publishTarget.js';

// Where the site will be published, checked before anything is built (a bad value stops here with one line
// naming the variable), and compiled into the code that runs in browsers (src/lib/site.ts).
const target = publishTargetOrExit(process.env);

export default defineConfig({
  plugins: [sveltekit(), enhanceEntry(), devImages(target.basePath)],
  define: {
    __CITED_FIGURES_SITE_URL__: JSON.stringify(target.siteUrl),
    __CITED_FIGURES_BASE_PATH__: JSON.stringify(target.basePath)
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // A test that asserts nothing cannot fail: it is an error, not a pass.
    expect: { requireAssertions: true }
  }
});
