import { describe, expect, it } from 'vitest';
import { deckKey } from '../../../src/lib/components/deckKey';

const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...mods
});

describe('deckKey', () => {
  it.each([
    ['ArrowRight', {}, 4],
    ['ArrowDown', {}, 4],
    ['PageDown', {}, 4],
    [' ', {}, 4],
    ['ArrowLeft', {}, 2],
    ['PageUp', {}, 2],
    [' ', { shiftKey: true }, 2],
    ['Home', {}, 0],
    ['End', {}, 9],
    ['f', {}, 'fullscreen'],
    ['F', {}, 'fullscreen'],
    ['ArrowLeft', { altKey: true }, null],
    ['ArrowRight', { ctrlKey: true }, null],
    ['f', { metaKey: true }, null],
    ['x', {}, null]
  ] as const)('%j with %j on slide 3 of 10 → %j', (k, mods, move) => {
    expect(deckKey(key(k, mods), 3, 10)).toBe(move);
  });

  it('leaves a key another handler took', () => {
    expect(deckKey({ ...key('ArrowRight'), defaultPrevented: true }, 3, 10)).toBeNull();
  });
});
