/**
 * Rewrites an SVG (as XMLSerializer writes it, from a chart whose computed styles were copied onto its
 * elements) into what SVG 1.1 renderers agree on, so that it draws the same in LibreOffice, PowerPoint and
 * Keynote as in a browser:
 * - colours as `#rrggbb`; the alpha of `rgba()` moves to `fill-opacity` / `stroke-opacity` / `stop-opacity`,
 *   and a fully transparent fill or stroke becomes `none` (LibreOffice draws `rgba(0, 0, 0, 0)` as black);
 * - no CSS: no `var()`, no `currentColor` (both become the given foreground), no `class` or `style`;
 * - lengths without `px` and lists space-separated; `url("#id")` as `url(#id)`;
 * - links as `xlink:href`; no per-element font families (the slide names one stack with CJK fallbacks).
 */
export function officeSafeSvg(svg: string, opts: { fg: string }): string {
  const fg = hexColor(opts.fg) ?? '#000000';
  return svg.replace(
    /<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/g,
    (_m, tag: string, raw: string, close: string) => {
      const attrs = new Map<string, string>();
      for (const [, k, v] of raw.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs.set(k as string, v as string);
      const out = clean(tag, attrs, fg);
      const text = [...out].map(([k, v]) => ` ${k}="${v}"`).join('');
      return `<${tag}${text}${close ? '/' : ''}>`;
    }
  );
}

const PAINT: Record<string, string> = {
  fill: 'fill-opacity',
  stroke: 'stroke-opacity',
  'stop-color': 'stop-opacity'
};
const LENGTHS = ['font-size', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'letter-spacing'];
const DROP = /^(?:class|style|tabindex|role|font-family|aria-[\w-]+|data-[\w-]+|xmlns:svelte)$/;

function clean(tag: string, attrs: Map<string, string>, fg: string): Map<string, string> {
  const out = new Map<string, string>();
  // The root keeps its font family: the slide names one stack, with CJK fallbacks, for every text.
  for (const [k, v] of attrs) if (!DROP.test(k) || (tag === 'svg' && k === 'font-family')) out.set(k, v);
  // Everything in a slide is SVG: an element the browser created in the XHTML namespace (a component's
  // root <a> mounted on its own) would be skipped by every renderer.
  if (tag !== 'svg') out.delete('xmlns');
  // Stop colours mean something on <stop> only; `display` only when it hides.
  if (tag !== 'stop') {
    out.delete('stop-color');
    out.delete('stop-opacity');
  }
  if (out.get('display') !== 'none') out.delete('display');
  if (tag === 'a' && out.has('href')) {
    out.set('xlink:href', out.get('href') ?? '');
    out.delete('href');
  }
  if (tag === 'svg' && [...out.keys()].some((k) => k.startsWith('xlink:')))
    out.set('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  for (const [prop, opacityProp] of Object.entries(PAINT)) {
    const v = out.get(prop);
    if (v === undefined) continue;
    const paint = parsePaint(v, fg);
    const opacity = Number(out.get(opacityProp) ?? '1');
    if (paint.alpha === 0 && prop !== 'stop-color') {
      out.set(prop, 'none');
      out.delete(opacityProp);
      continue;
    }
    out.set(prop, paint.value);
    const a = (Number.isFinite(opacity) ? opacity : 1) * paint.alpha;
    if (a < 1) out.set(opacityProp, String(Math.round(a * 1000) / 1000));
  }
  for (const k of LENGTHS) {
    const v = out.get(k);
    if (v === undefined) continue;
    if (v.includes('var(')) out.delete(k);
    else
      out.set(
        k,
        v
          .replace(/(\d)px\b/g, '$1')
          .replace(/\s*,\s*/g, ' ')
          .trim()
      );
  }
  for (const [k, v] of out) {
    // Anything else CSS that slipped through: a renderer without CSS would ignore or misread it.
    if (/var\(|currentcolor/i.test(v)) out.set(k, k in PAINT ? fg : v.replace(/currentcolor/gi, fg));
    if (/var\(/.test(out.get(k) ?? '')) out.delete(k);
  }
  return out;
}

/** A paint value as SVG 1.1 writes it, and the alpha it carried (1 unless it was rgba or transparent). */
function parsePaint(v: string, fg: string): { value: string; alpha: number } {
  // XMLSerializer writes the quotes of url("#id") as &quot;.
  const s = v.replace(/&quot;|&apos;/g, '"').trim();
  if (s === 'none') return { value: 'none', alpha: 1 };
  if (s === 'transparent') return { value: 'none', alpha: 0 };
  if (/^currentcolor$/i.test(s) || s.startsWith('var(')) return { value: fg, alpha: 1 };
  const url = /^url\(\s*["']?([^"')]+)["']?\s*\)/.exec(s);
  if (url) return { value: `url(${url[1]})`, alpha: 1 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (rgb) {
    const a = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return { value: hex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])), alpha: a };
  }
  return { value: hexColor(s) ?? s, alpha: 1 };
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b]
    .map((n) =>
      Math.max(0, Math.min(255, Math.round(n)))
        .toString(16)
        .padStart(2, '0')
    )
    .join('')}`;
}

/** `#abc`, `#aabbcc` or `rgb(…)` as `#aabbcc`; null for anything else. */
export function hexColor(s: string): string | null {
  const t = s.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${[...t.slice(1)].map((c) => c + c).join('')}`;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(t);
  return rgb ? hex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])) : null;
}
