// Where a build works and writes, from the environment. Plain JavaScript with JSDoc types because
// svelte.config.js (run by Node as is) needs it as much as the build's server code does.

/**
 * SvelteKit's working folder: builds running side by side (the benchmark, a second checkout's tests) each
 * need their own, as `vite build` regenerates it from scratch and `vite preview` serves the last build there.
 * @param {Record<string, string | undefined>} env
 */
export function kitDirOf(env) {
  return env.CITED_FIGURES_KIT_DIR ?? '.svelte-kit';
}

/**
 * The built site: build/, or another folder for the benchmark's synthetic corpora.
 * @param {Record<string, string | undefined>} env
 */
export function outDirOf(env) {
  return env.CITED_FIGURES_OUT ?? 'build';
}

/**
 * Where the build puts its chart and figure images until the adapter has written the site and they are
 * moved into it (stageImages, placeImages). Inside SvelteKit's output folder, which every build empties.
 * @param {Record<string, string | undefined>} env
 */
export function imageStagingDir(env) {
  return `${kitDirOf(env)}/output/cited-figures-images`;
}

const IMAGE_PATH = /\/(?:charts\/[^/]+\.(?:png|svg)|figures\/[^/]+\.png)$/;

/**
 * Whether a path on the site is a chart's or a figure's image (`/en/charts/ID-4x3.png`, `/figures/ID.png`):
 * files the build makes beside its pages, not pages.
 * @param {string} path
 */
export function isImagePath(path) {
  return IMAGE_PATH.test(path);
}
