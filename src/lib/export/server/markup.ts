/**
 * A small tree of the markup Svelte's server renderer writes for a chart (well-formed, every attribute
 * quoted, text already escaped), enough to match CSS selectors against it and to write it back as SVG.
 * Svelte's hydration comments are dropped; text and attribute values stay escaped as they were written.
 */
export type Element = {
  tag: string;
  attrs: Map<string, string>;
  children: Node[];
  parent: Element | null;
};
export type Node = Element | { text: string };

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

export function parseMarkup(markup: string): Element {
  const root: Element = { tag: '#root', attrs: new Map(), children: [], parent: null };
  let cur = root;
  const re =
    /<!--[\s\S]*?-->|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of markup.matchAll(re)) {
    const [, close, open, raw, selfClose, text] = m;
    if (close) {
      // Close up to the matching element (an unclosed child is closed with it).
      let e: Element | null = cur;
      while (e && e.tag !== close) e = e.parent;
      if (e?.parent) cur = e.parent;
    } else if (open) {
      const attrs = new Map<string, string>();
      for (const [, k, v] of (raw ?? '').matchAll(/([\w:.-]+)(?:="([^"]*)")?/g))
        attrs.set(k as string, v ?? '');
      const el: Element = { tag: open, attrs, children: [], parent: cur };
      cur.children.push(el);
      if (!selfClose && !VOID.has(open)) cur = el;
    } else if (text) cur.children.push({ text });
  }
  return root;
}

/** Every element under `root` in document order, `root` excluded. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of e.children)
      if ('tag' in c) {
        out.push(c);
        walk(c);
      }
  };
  walk(root);
  return out;
}

export function classes(e: Element): string[] {
  return (e.attrs.get('class') ?? '').split(/\s+/).filter(Boolean);
}

/** The element as markup: empty elements self-closed, text as it was. */
export function serialize(e: Element): string {
  const attrs = [...e.attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  if (!e.children.length) return `<${e.tag}${attrs}/>`;
  const inner = e.children.map((c) => ('tag' in c ? serialize(c) : c.text)).join('');
  return `<${e.tag}${attrs}>${inner}</${e.tag}>`;
}
