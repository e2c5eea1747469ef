/** The presentation properties a chart uses; copied from the page's CSS so the file renders on its own. */
const PROPS = [
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
  'font-family',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'stop-color',
  'stop-opacity',
  'display'
];

/**
 * A standalone copy of a rendered chart SVG: every element's computed presentation styles written as
 * attributes (the page's CSS classes and variables do not travel with a file), links kept as links,
 * and interactive-only pieces (focus rings, tooltips) left out.
 */
export function inlineStyles(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const out = target[i];
    if (!out) return;
    const cs = getComputedStyle(el);
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && v !== 'normal' && v !== 'auto') out.setAttribute(p, v);
    }
    out.removeAttribute('class');
    out.removeAttribute('style');
    out.removeAttribute('tabindex');
  });
  clone.querySelectorAll('[data-export="omit"]').forEach((n) => n.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}
