import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { prerenderProgress } from '$lib/server/prerenderProgress';

// Only while prerendering: `vite build` over a large corpus runs for minutes, so it reports as it goes.
const tick = building ? prerenderProgress((line) => process.stderr.write(line)) : null;

/** Sets <html lang> from the URL: English pages live under /en. */
export const handle: Handle = async ({ event, resolve }) => {
  tick?.();
  const p = event.url.pathname;
  const lang = p === '/en' || p.startsWith('/en/') ? 'en' : 'zh-Hans';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('lang="%lang%"', `lang="${lang}"`)
  });
};
