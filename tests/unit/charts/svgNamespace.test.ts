import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/lib/charts';
const SVG_ONLY = /<(g|rect|circle|line|text|tspan|path|polygon|polyline|defs|linearGradient|stop)[\s>]/;

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
  );
}

/** The static templates a component clones on the client, with the namespace each is parsed in. */
function templates(file: string): { html: string[]; svg: string[]; svgComponent: boolean } {
  const source = readFileSync(file, 'utf8');
  const { js } = compile(source, { generate: 'client', runes: true, filename: file });
  const of = (fn: string) =>
    [...js.code.matchAll(new RegExp(`\\$\\.${fn}\\(\`([^\`]*)\``, 'g'))].map((m) => m[1] ?? '');
  return {
    html: of('from_html'),
    svg: of('from_svg'),
    svgComponent: /<svelte:options\s+namespace="svg"/.test(source)
  };
}

// A chart drawn on the client (client-side navigation, or a render after a failed hydration) must create its
// marks as SVG elements: an HTML <a>, <g> or <rect> inside an <svg> draws nothing and measures 0×0.
describe('chart components create SVG elements in the SVG namespace on the client', () => {
  for (const file of svelteFiles(ROOT)) {
    it(relative(ROOT, file), () => {
      const t = templates(file);
      if (t.svgComponent) expect(t.html, 'an SVG component cloned an HTML template').toEqual([]);
      expect(
        t.html.filter((html) => SVG_ONLY.test(html)),
        'an SVG element in an HTML template'
      ).toEqual([]);
    });
  }
});
