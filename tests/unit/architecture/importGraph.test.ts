import { describe, expect, it } from 'vitest';
import { LAYERS, readImportGraph, violations, type Edge } from './importGraph';

const edge = (from: string, to: string): Edge => ({ from, to, file: `lib/${from}/x.ts`, spec: `../${to}/y` });

describe('the import graph of src/lib', () => {
  it('has no folder-level cycle, no upward arrow, no unknown folder and no $app below the routes', () => {
    const edges = readImportGraph('src');
    // The reader sees real imports (the check would pass vacuously on an empty graph).
    expect(edges.some((e) => e.from === 'pages' && e.to === 'charts')).toBe(true);
    expect(edges.some((e) => e.from === 'routes' && e.to === 'pages')).toBe(true);
    expect(violations(edges)).toEqual([]);
  });

  it('a route’s load or GET reaches the data only through a page view-model (and the dataset loader)', () => {
    const server = readImportGraph('src').filter(
      (e) => e.from === 'routes' && /\+(page\.server|server)\.ts$/.test(e.file)
    );
    expect(server.length).toBeGreaterThan(20);
    expect(server.filter((e) => !['pages', 'server', 'i18n'].includes(e.to))).toEqual([]);
  });
});

describe('violations', () => {
  it('finds a planted upward arrow', () => {
    expect(violations([edge('pages', 'charts'), edge('data', 'pages')])).toEqual([
      `upward arrow data (${LAYERS.data}) → pages (${LAYERS.pages}): lib/data/x.ts imports ../pages/y`
    ]);
  });

  it('finds a planted cycle inside one layer, where no arrow points up', () => {
    const found = violations([
      edge('verify', 'provenance'),
      edge('provenance', 'verify'),
      edge('verify', 'data')
    ]);
    expect(found).toEqual([
      'cycle between provenance, verify: lib/verify/x.ts → ../provenance/y; lib/provenance/x.ts → ../verify/y'
    ]);
  });

  it('finds a cycle of three folders and names all three', () => {
    const found = violations([edge('a', 'b'), edge('b', 'c'), edge('c', 'a')], { a: 1, b: 1, c: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^cycle between a, b, c:/);
  });

  it('finds $app in src/lib and a folder with no layer, and lets routes use $app', () => {
    const app: Edge = { from: 'charts', to: '$app', file: 'lib/charts/a.svelte', spec: '$app/state' };
    const routeApp: Edge = { from: 'routes', to: '$app', file: 'routes/+page.svelte', spec: '$app/state' };
    expect(violations([app, routeApp, edge('gadgets', 'schema')])).toEqual([
      '$app in src/lib: lib/charts/a.svelte imports $app/state',
      'no layer for gadgets: lib/gadgets/x.ts imports ../schema/y'
    ]);
  });

  it('finds a downward arrow the house forbids: the chart kit reaching for the dataset', () => {
    expect(violations([edge('charts', 'data'), edge('charts', 'schema')])).toEqual([
      'forbidden arrow charts → data: lib/charts/x.ts imports ../data/y'
    ]);
  });

  it('passes a sound graph', () => {
    expect(violations([edge('routes', 'pages'), edge('pages', 'charts'), edge('charts', 'schema')])).toEqual(
      []
    );
  });
});
