import type { CssRule } from './chartCss';
import { classes, descendants, type Element } from './markup';

/** The properties a chart's CSS sets that an SVG file can carry as attributes (as the browser export copies). */
const PROPS = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'stop-color',
  'stop-opacity',
  'display'
]);

function matches(e: Element, sel: CssRule['selector'], i = sel.length - 1): boolean {
  const c = sel[i];
  if (!c || !compound(e, c)) return false;
  if (i === 0) return true;
  if (c.combinator === '>') return e.parent !== null && matches(e.parent, sel, i - 1);
  for (let a = e.parent; a; a = a.parent) if (matches(a, sel, i - 1)) return true;
  return false;
}

function compound(e: Element, c: CssRule['selector'][number]): boolean {
  if (c.never || e.tag.startsWith('#')) return false;
  if (c.tag && c.tag !== e.tag) return false;
  const own = classes(e);
  if (!c.classes.every((k) => own.includes(k))) return false;
  return !c.not.some((n) => compound(e, n));
}

/**
 * Writes what the chart kit's stylesheet says about each element under `root` as presentation attributes,
 * as a browser's cascade would: matching rules in order of specificity then source order, custom properties
 * (`--c`) inherited from ancestors, `var(--name)` resolved against them and against the theme's colours
 * (`vars`, the site's tokens). Classes and styles are then removed: a file carries no stylesheet.
 * Throws when an element is scoped by a component whose styles are unknown (the renderer would draw it
 * unstyled, in black).
 */
export function applyCascade(
  root: Element,
  rules: CssRule[],
  hashes: Set<string>,
  vars: Record<string, string>
): void {
  const custom = new Map<Element, Record<string, string>>();
  const resolve = (v: string, scope: Record<string, string>): string =>
    v.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_m, name: string, fallback?: string) => {
      return scope[name] ?? fallback ?? '';
    });
  // Rules filed under a class or tag their last compound needs: an element is tried only against its own.
  const index = new Map<string, CssRule[]>();
  for (const r of rules) {
    const last = r.selector[r.selector.length - 1];
    const key = last?.classes[0] ? `.${last.classes[0]}` : (last?.tag ?? '*');
    index.set(key, [...(index.get(key) ?? []), r]);
  }
  const all = descendants(root);
  for (const e of all) {
    for (const k of classes(e))
      if (k.startsWith('svelte-') && !hashes.has(k))
        throw new Error(`chart image: no styles for ${k} on <${e.tag}>; the chart kit's CSS was not found`);
    const inherited = (e.parent && custom.get(e.parent)) ?? vars;
    const candidates = [e.tag, '*', ...classes(e).map((k) => `.${k}`)].flatMap((k) => index.get(k) ?? []);
    const matched = candidates
      .filter((r) => matches(e, r.selector))
      .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    const scope = { ...inherited };
    const props = new Map<string, string>();
    for (const r of matched)
      for (const [k, v] of r.decls) {
        if (k.startsWith('--')) scope[k] = resolve(v, scope);
        else if (PROPS.has(k)) props.set(k, v);
      }
    custom.set(e, scope);
    for (const [k, v] of props) {
      const value = resolve(v, scope);
      if (value) e.attrs.set(k, value);
    }
  }
  // Only now: a later element's selector may name an ancestor's class.
  for (const e of all) {
    e.attrs.delete('class');
    e.attrs.delete('style');
  }
}
