/** What a key does in the slide deck: the slide to go to, full screen, or nothing (the browser's). */
export type DeckMove = number | 'fullscreen' | null;

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented'>;

const FORWARD = ['ArrowRight', 'ArrowDown', 'PageDown'];
const BACK = ['ArrowLeft', 'ArrowUp', 'PageUp'];

/**
 * The deck's keys: → ↓ Page Down and Space forward, ← ↑ Page Up and Shift+Space back, Home and End to the
 * ends, F full screen. Alt+← is the browser's Back and Ctrl/⌘ combinations are the browser's: never taken.
 * The slide returned may lie outside the deck; the deck clamps it.
 */
export function deckKey(e: Key, current: number, count: number): DeckMove {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return null;
  if (FORWARD.includes(e.key)) return current + 1;
  if (BACK.includes(e.key)) return current - 1;
  if (e.key === ' ') return current + (e.shiftKey ? -1 : 1);
  if (e.key === 'Home') return 0;
  if (e.key === 'End') return count - 1;
  if (e.key === 'f' || e.key === 'F') return 'fullscreen';
  return null;
}
