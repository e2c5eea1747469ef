import { describe, expect, test } from 'vitest';
import { deckKey, type DeckKeyEvent } from '../../../src/lib/components/deckKey';

const key = (k: string, mods: Partial<DeckKeyEvent> = {}): DeckKeyEvent => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  defaultPrevented: false,
  ...mods
});

describe('deckKey: slide 3 of 5 (index 2)', () => {
  test.each([
    ['ArrowRight', 3],
    ['ArrowDown', 3],
    ['PageDown', 3],
    [' ', 3],
    ['ArrowLeft', 1],
    ['ArrowUp', 1],
    ['PageUp', 1],
    ['Home', 0],
    ['End', 4],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['x', null],
    ['Enter', null]
  ] as const)('%j → %j', (k, to) => {
    expect(deckKey(key(k), 2, 5)).toBe(to);
  });

  test('Shift+Space goes back', () => {
    expect(deckKey(key(' ', { shiftKey: true }), 2, 5)).toBe(1);
  });

  test.each(['altKey', 'ctrlKey', 'metaKey', 'defaultPrevented'] as const)(
    'with %s the browser keeps the key (Alt+← is Back)',
    (mod) => {
      expect(deckKey(key('ArrowLeft', { [mod]: true }), 2, 5)).toBeNull();
    }
  );
});

test('at the ends the deck stays put', () => {
  expect(deckKey(key('ArrowRight'), 4, 5)).toBe(4);
  expect(deckKey(key('ArrowLeft'), 0, 5)).toBe(0);
  expect(deckKey(key('End'), 0, 1)).toBe(0);
});
