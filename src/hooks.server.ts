import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> (and an embed's pinned theme) from the URL: English pages live under /en. */
export const handle: Handle = async ({ event, resolve }) => {
  const p = event.url.pathname;
  const lang = p === '/en' || p.startsWith('/en/') ? 'en' : 'zh-Hans';
  // An embed whose path ends in /light or /dark pins its theme; everything else follows the system.
  const theme = /\/embed\/[^/]+\/(light|dark)$/.exec(p)?.[1];
  const attrs = theme ? `lang="${lang}" data-theme="${theme}"` : `lang="${lang}"`;
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('lang="%lang%"', attrs) });
};
