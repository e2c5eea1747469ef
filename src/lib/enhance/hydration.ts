/**
 * The enhancement script and a page that hydrates: the script changes the charts' marks (their <title>
 * becomes the live tooltip), and Svelte, finding marks unlike the ones it rendered, would render the page
 * again and bring every <title> back. So on a page that starts the client app the script waits until the
 * app says it has hydrated (the root layout, once mounted); a page that never hydrates has no app to wait for.
 */
const FLAG = '__citedFiguresHydrated';
const EVENT = 'cited-figures:hydrated';
const w = globalThis as unknown as Record<string, unknown>;

/** Said by the root layout once the page has hydrated. */
export function markHydrated(): void {
  w[FLAG] = true;
  document.dispatchEvent(new Event(EVENT));
}

/**
 * Runs `start` now, or once the page has hydrated if it starts the client app and has not yet: SvelteKit's
 * inline bootstrap defines a `__sveltekit_…` global, only on such pages, before any module runs.
 */
export function afterHydration(start: () => void): void {
  const hydrates = Object.keys(w).some((k) => k.startsWith('__sveltekit_'));
  if (!hydrates || w[FLAG]) start();
  else document.addEventListener(EVENT, start, { once: true });
}
