import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PALETTES } from '../../../src/lib/export/slideTheme';

// The site's palette is written once, in app.css, as light-dark(light, dark); files carry no CSS variables,
// so slideTheme writes it out again. This keeps the two from drifting apart.
const css = readFileSync('src/app.css', 'utf8');
const tokens = new Map(
  [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)].map(
    ([, name, light, dark]) => [name!, [light!, dark!] as const]
  )
);

describe.each([
  ['light', 0],
  ['dark', 1]
] as const)('the %s slide palette is the site’s', (theme, half) => {
  const site = (name: string) => tokens.get(name)?.[half];
  const p = PALETTES[theme];

  test('every colour token of app.css is given in both halves', () => {
    expect([...tokens.keys()]).toEqual(
      expect.arrayContaining(['bg', 'fg', 'muted', 'rule', 'panel', 'accent', 'accent-2', 'ok', 'warn'])
    );
  });

  test('text, rules and marks', () => {
    expect([p.fg, p.muted, p.rule, p.accent, p.accent2, p.warn]).toEqual(
      ['fg', 'muted', 'rule', 'accent', 'accent-2', 'warn'].map(site)
    );
    expect(p.series).toEqual(['accent', 'accent-2', 'ok', 'warn'].map(site));
  });

  test('the background is the page’s or a panel’s', () => {
    expect([site('bg'), site('panel')]).toContain(p.bg);
  });
});
