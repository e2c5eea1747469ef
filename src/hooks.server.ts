import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { isImagePath } from '$lib/buildDirs';
import { prerenderProgress } from '$lib/server/prerenderProgress';

// Only while prerendering: `vite build` over a large corpus runs for minutes, so it reports as it goes.
const tick = building ? prerenderProgress((line) => process.stderr.write(line)) : null;

/** Sets <html lang> from the URL: English pages live under /en. */
export const handle: Handle = async ({ event, resolve }) => {
  const p = event.url.pathname;
  // While prerendering, a page's link to a chart or figure image is met before the images are placed
  // (stageImages, placeImages): answered here, the 76,000 links of 1,000 articles cost no error page each.
  if (building && isImagePath(p)) return new Response(null, { status: 404 });
  tick?.();
  const lang = p === '/en' || p.startsWith('/en/') ? 'en' : 'zh-Hans';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('lang="%lang%"', `lang="${lang}"`)
  });
};
