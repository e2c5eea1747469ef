import { compile } from 'svelte/compiler';

/** One compound selector (`a.mark`, `.bar.hi:not(.fuzzy)`) and the combinator that joins it to the left. */
type Compound = {
  tag: string | null;
  classes: string[];
  not: Compound[];
  /** A pseudo-class a file never is in (:hover, :focus…): the selector never matches. */
  never: boolean;
  combinator: ' ' | '>';
};
export type CssRule = { selector: Compound[]; specificity: number; order: number; decls: [string, string][] };

// The chart kit's own components, as Svelte compiles them for the site: `filename` is the path Vite's Svelte
// plugin passes, so the scoping classes (svelte-HASH) are the ones in the server's markup.
const SOURCES = import.meta.glob('/src/lib/charts/**/*.svelte', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>;

let cached: { rules: CssRule[]; hashes: Set<string> } | null = null;

/** The rules of every chart component's <style>, scoped as on the site, in source order. */
export function chartCss(): { rules: CssRule[]; hashes: Set<string> } {
  if (cached) return cached;
  const rules: CssRule[] = [];
  const hashes = new Set<string>();
  for (const [path, source] of Object.entries(SOURCES).sort(([a], [b]) => a.localeCompare(b))) {
    const out = compile(source, { filename: path.slice(1), generate: 'server', css: 'external' });
    const code = out.css?.code ?? '';
    for (const [, h] of code.matchAll(/\.(svelte-[a-z0-9]+)/g)) hashes.add(h as string);
    rules.push(...parseCss(code, rules.length));
  }
  cached = { rules, hashes };
  return cached;
}

/** Plain rules of a stylesheet (at-rules and their blocks are skipped: none applies to a file). */
export function parseCss(css: string, start = 0): CssRule[] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: CssRule[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) break;
    const prelude = src.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    // Every character advances j: an at-rule's nested block (`@media … { .a { … } }`) is skipped whole.
    for (; j < src.length && depth; j++) depth += src[j] === '{' ? 1 : src[j] === '}' ? -1 : 0;
    const body = src.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const decls: [string, string][] = [];
    for (const d of body.split(';')) {
      const colon = d.indexOf(':');
      const [prop, value] = [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      if (colon > 0 && prop && value) decls.push([prop, value]);
    }
    for (const sel of splitTop(prelude, ',')) {
      const selector = parseSelector(sel);
      out.push({ selector, specificity: specificity(selector), order: start + out.length, decls });
    }
  }
  return out;
}

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && !depth) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseSelector(sel: string): Compound[] {
  const parts = sel.replace(/\s*>\s*/g, ' > ').split(/\s+/);
  const out: Compound[] = [];
  let combinator: ' ' | '>' = ' ';
  for (const p of parts) {
    if (p === '>') {
      combinator = '>';
      continue;
    }
    out.push({ ...parseCompound(p), combinator });
    combinator = ' ';
  }
  return out;
}

function parseCompound(s: string): Omit<Compound, 'combinator'> {
  const c: Omit<Compound, 'combinator'> = { tag: null, classes: [], not: [], never: false };
  for (const [tok] of s.matchAll(
    /:not\([^)]*\)|:{1,2}[\w-]+(?:\([^)]*\))?|\.[\w-]+|#[\w-]+|\[[^\]]*\]|[\w*-]+/g
  )) {
    if (tok.startsWith(':not(')) c.not.push({ ...parseCompound(tok.slice(5, -1)), combinator: ' ' });
    else if (tok.startsWith(':') || tok.startsWith('#') || tok.startsWith('[')) c.never = true;
    else if (tok.startsWith('.')) c.classes.push(tok.slice(1));
    else if (tok !== '*') c.tag = tok;
  }
  return c;
}

function specificity(sel: Omit<Compound, 'combinator'>[]): number {
  let n = 0;
  for (const c of sel) n += c.classes.length * 1000 + (c.tag ? 1 : 0) + specificity(c.not);
  return n;
}
