import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The desk's client: a plain Svelte app served by scripts/desk.ts, never part of the SvelteKit build. The
// chart kit reads the site's publish constants; the desk links nowhere public, so they are empty.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
  define: { __CITED_FIGURES_SITE_URL__: JSON.stringify(''), __CITED_FIGURES_BASE_PATH__: JSON.stringify('') },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  logLevel: 'warn'
});
