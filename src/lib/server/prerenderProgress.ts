/**
 * A progress line for long builds: prerendering 50,000 pages takes minutes, and SvelteKit prints nothing
 * until it is done. Every `every` responses, one line says how many and how fast; a small site never sees it.
 */
export function prerenderProgress(
  write: (line: string) => void,
  every = 5000,
  now: () => number = () => performance.now()
): () => void {
  // The clock starts at the first response: the module is loaded well before prerendering begins.
  let start = 0;
  let count = 0;
  return () => {
    if (count === 0) start = now();
    count++;
    if (count % every !== 0) return;
    const seconds = (now() - start) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : count;
    write(
      `  prerendered ${count.toLocaleString('en')} pages and files (${rate}/s, ${seconds.toFixed(0)} s)\n`
    );
  };
}
