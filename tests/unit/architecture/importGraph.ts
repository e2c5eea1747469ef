import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';

/**
 * The house's layers, lowest first (docs/architecture.md draws them). A folder may import from a lower
 * layer or from its own; an arrow to a higher layer is an upward arrow, and any cycle between folders is
 * one too, even inside a layer. Files at the top of src/lib (site.ts, publishTarget.js: where the site is
 * published; buildDirs.js: where a build works) are named by their file name without its extension.
 */
export const LAYERS: Readonly<Record<string, number>> = {
  schema: 0,
  site: 0,
  publishTarget: 0,
  buildDirs: 0,
  normalize: 1,
  format: 1,
  i18n: 1,
  quantity: 2,
  data: 3,
  server: 4,
  verify: 4,
  provenance: 4,
  charts: 5,
  table: 5,
  export: 6,
  pages: 7,
  // The browser's side of pages that do not hydrate (tooltips, records switch, downloads): a script of its
  // own (/_app/enhance.js), which nothing imports; it draws downloads with export and the chart kit.
  enhance: 7,
  components: 8,
  routes: 9
};

/**
 * Arrows that point down and are still wrong: the chart kit takes props (a shaped model) and never reaches
 * for the dataset, its validation or its verdicts; the page view-model shapes what it draws.
 */
export const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  charts: ['data', 'verify', 'server'],
  table: ['data', 'server']
};

/** One import between two folders, with the file that makes it (for the message). */
export type Edge = { from: string; to: string; file: string; spec: string };

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
  });
}

/** The folder of src/lib (or `routes`) a path under src/ lies in; null outside. */
function unitOf(src: string, path: string): string | null {
  const rel = relative(src, path).split(/[\\/]/);
  if (rel[0] === 'routes') return 'routes';
  if (rel[0] !== 'lib' || rel.length < 2) return null;
  return rel[1]?.replace(/\.(ts|js|svelte)$/, '') ?? null;
}

/** Every import of src/lib and src/routes that crosses a folder, read from the source text. */
export function readImportGraph(src: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of [...sourceFiles(join(src, 'lib')), ...sourceFiles(join(src, 'routes'))]) {
    const from = unitOf(src, file);
    if (!from) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      let target: string | null;
      if (spec.startsWith('$app/')) target = '$app';
      else if (spec.startsWith('$lib/')) target = unitOf(src, join(src, 'lib', spec.slice(5)));
      else if (spec.startsWith('.')) target = unitOf(src, resolve(dirname(file), spec));
      else target = null;
      if (target && target !== from)
        edges.push({ from, to: target, file: posix.normalize(relative(src, file)), spec });
    }
  }
  return edges;
}

/** Folder groups that import each other round (strongly connected components of more than one folder). */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const reach = (a: string) => {
    const seen = new Set<string>();
    const stack = [a];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      for (const m of next.get(n) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        stack.push(m);
      }
    }
    return seen;
  };
  const reaches = new Map(nodes.map((n) => [n, reach(n)]));
  const groups = new Map<string, string[]>();
  for (const a of nodes) {
    const group = nodes.filter((b) => b === a || (reaches.get(a)!.has(b) && reaches.get(b)!.has(a)));
    if (group.length > 1) groups.set(group.join(), group);
  }
  return [...groups.values()];
}

/**
 * What breaks the one-way house, one line each: an import of $app in src/lib, a folder the layer table does
 * not know, an arrow to a higher layer, a cycle between folders. Empty when the house is sound.
 */
export function violations(
  edges: readonly Edge[],
  layers: Readonly<Record<string, number>> = LAYERS,
  forbidden: Readonly<Record<string, readonly string[]>> = FORBIDDEN
): string[] {
  const out: string[] = [];
  for (const e of edges) {
    if (e.to === '$app') {
      if (e.from !== 'routes') out.push(`$app in src/lib: ${e.file} imports ${e.spec}`);
      continue;
    }
    const a = layers[e.from];
    const b = layers[e.to];
    if (a === undefined || b === undefined) {
      out.push(`no layer for ${a === undefined ? e.from : e.to}: ${e.file} imports ${e.spec}`);
    } else if (b > a) {
      out.push(`upward arrow ${e.from} (${a}) → ${e.to} (${b}): ${e.file} imports ${e.spec}`);
    } else if (forbidden[e.from]?.includes(e.to)) {
      out.push(`forbidden arrow ${e.from} → ${e.to}: ${e.file} imports ${e.spec}`);
    }
  }
  for (const group of cycles(edges.filter((e) => e.to !== '$app'))) {
    const inGroup = new Set(group);
    const via = edges
      .filter((e) => inGroup.has(e.from) && inGroup.has(e.to))
      .map((e) => `${e.file} → ${e.spec}`);
    out.push(`cycle between ${group.join(', ')}: ${[...new Set(via)].join('; ')}`);
  }
  return [...new Set(out)];
}
