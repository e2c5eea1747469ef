/** The keys a deck reads: which slide a key press goes to, or fullscreen. */
export type DeckKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'defaultPrevented'
>;

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * What a key press asks of a deck showing slide `current` (0-based) of `count`: the slide to go to (clamped),
 * `'fullscreen'`, or null when the key is not the deck's (the browser keeps it).
 */
export function deckKey(e: DeckKeyEvent, current: number, count: number): number | 'fullscreen' | null {
  // Alt+← is the browser's Back, Ctrl/⌘ combinations are the browser's: never take them.
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  if (FORWARD.has(e.key)) return clamp(current + 1);
  if (BACK.has(e.key)) return clamp(current - 1);
  if (e.key === ' ') return clamp(current + (e.shiftKey ? -1 : 1));
  if (e.key === 'Home') return 0;
  if (e.key === 'End') return clamp(count - 1);
  if (e.key === 'f' || e.key === 'F') return 'fullscreen';
  return null;
}
