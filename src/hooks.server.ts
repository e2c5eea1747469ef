import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> from the URL: English pages live under /en. */
export const handle: Handle = async ({ event, resolve }) => {
  const p = event.url.pathname;
  const lang = p === '/en' || p.startsWith('/en/') ? 'en' : 'zh-Hans';
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('lang="%lang%"', `lang="${lang}"`)
  });
};
