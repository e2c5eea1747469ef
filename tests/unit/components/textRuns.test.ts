import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

type Node = { type: string; start: number; end: number; data?: string; nodes?: Node[] };

/**
 * Runs of template text made of two or more `{expressions}` and nothing else. Svelte (5.57) hydrates such a run
 * as one text node it assumes the server wrote; when every expression is empty the server wrote none, the
 * hydration cursor lands on the next element and the page fails to hydrate (HierarchyRequestError). One
 * expression per run is hydrated safely.
 */
function expressionOnlyRuns(source: string, file: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as Node & Record<string, unknown>;
    if (node.type === 'Fragment' && Array.isArray(node.nodes)) {
      let run: Node[] = [];
      const flush = () => {
        const exprs = run.filter((n) => n.type === 'ExpressionTag');
        const inner = run.slice(run.indexOf(exprs[0]!), run.lastIndexOf(exprs.at(-1)!) + 1);
        const text = inner
          .filter((n) => n.type === 'Text')
          .map((n) => n.data ?? '')
          .join('');
        if (exprs.length >= 2 && text === '') {
          const line = source.slice(0, inner[0]!.start).split('\n').length;
          found.push(`${file}:${line}: ${source.slice(inner[0]!.start, inner.at(-1)!.end)}`);
        }
        run = [];
      };
      for (const n of node.nodes) {
        if (n.type === 'Text' || n.type === 'ExpressionTag') run.push(n);
        else flush();
      }
      flush();
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'metadata' && k !== 'parent') visit(v);
  };
  visit(parse(source, { modern: true, filename: file }).fragment);
  return found;
}

describe('templates hydrate whatever their expressions hold', () => {
  const files = execFileSync('git', ['ls-files', 'src/**/*.svelte'], { encoding: 'utf8' }).trim().split('\n');

  it('the check finds the shape that broke figure pages whose quote opens its paragraph', () => {
    const bad = `<blockquote>{a ? '…' : ''}{b}<mark>{q}</mark>{c}</blockquote>`;
    expect(expressionOnlyRuns(bad, 'x.svelte')).toEqual([`x.svelte:1: {a ? '…' : ''}{b}`]);
    expect(expressionOnlyRuns(`<p>{a} {b}<i>{c}</i></p>`, 'y.svelte')).toEqual([]);
  });

  it('no component has a run of text made only of two or more expressions', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => expressionOnlyRuns(readFileSync(f, 'utf8'), f))).toEqual([]);
  });
});
