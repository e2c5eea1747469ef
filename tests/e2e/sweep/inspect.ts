/** A defect a reader would see, found in one page. `detail` carries the measurement. */
export type Finding = { check: Check; detail: string };
export type Check =
  | 'console-error'
  | 'page-error'
  | 'horizontal-overflow'
  | 'letter-by-letter'
  | 'zero-size-mark'
  | 'chart-without-marks'
  | 'nan-in-svg'
  | 'ellipsis-cut'
  | 'not-hydrated'
  | 'present-slide'
  | 'embed-height'
  | 'calc-cell';

/**
 * Runs inside the page (Playwright serializes it, so it may use nothing from outside its own body).
 * `legitEllipses` are data strings that contain "…" themselves (a quote may); any other "…" ending a table
 * cell or a chart label was inserted by code that cut a value.
 */
export function inspectPage(legitEllipses: string[]): Finding[] {
  const out: Finding[] = [];
  const doc = document.documentElement;
  const describe = (el: Element): string => {
    const cls = el
      .getAttribute('class')
      ?.trim()
      .split(/\s+/)
      .filter((c) => !c.startsWith('svelte-'));
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls?.length ? '.' + cls.join('.') : ''} "${text}"`;
  };
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };

  // Horizontal overflow: the document is wider than the window, so the page scrolls sideways.
  if (doc.scrollWidth > doc.clientWidth + 1) {
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .filter(
        (el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= doc.clientWidth + 1
      )
      .slice(0, 3)
      .map((el) => `${describe(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
    out.push({
      check: 'horizontal-overflow',
      detail: `document ${doc.scrollWidth} px wide in a ${doc.clientWidth} px window; ${wide.join('; ')}`
    });
  }

  // Text wrapped letter by letter: a text of ≥ 2 characters whose rendered lines mostly hold one character.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let lettered = 0;
  const letteredExamples: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const chars = [...(n.textContent ?? '')].filter((c) => /\S/.test(c));
    if (chars.length < 2) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, title, svg')) continue;
    range.selectNodeContents(n);
    const tops = new Set<number>();
    for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top / 3));
    if (tops.size < 2) continue;
    // Several lines: count the characters on each (one range per character, only for wrapped text).
    const perLine = new Map<number, number>();
    const text = n.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      if (!/\S/.test(text[i] ?? '')) continue;
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const key = Math.round(r.top / 3);
      perLine.set(key, (perLine.get(key) ?? 0) + 1);
    }
    const lines = [...perLine.values()];
    const single = lines.filter((c) => c === 1).length;
    // Running text may break between any two Chinese characters; only a box too narrow for a few
    // characters (under 4 em) breaks a text into one-character lines.
    let block: Element | null = parent;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const em = parseFloat(getComputedStyle(parent).fontSize);
    const narrow = !block || block.clientWidth < 4 * em;
    if (narrow && lines.length >= 2 && single * 2 > lines.length) {
      lettered++;
      if (letteredExamples.length < 4) {
        const w = Math.round(parent.getBoundingClientRect().width);
        const fs = getComputedStyle(parent).fontSize;
        letteredExamples.push(
          `${describe(parent)}: ${chars.length} chars on ${lines.length} lines, box ${w} px at ${fs}`
        );
      }
    }
  }
  // SVG text does not wrap by itself: a label broken into one-character lines is <tspan>s of one character.
  for (const t of document.querySelectorAll('svg text')) {
    const spans = [...t.querySelectorAll('tspan')].filter((s) => (s.textContent ?? '').trim() !== '');
    if (spans.length >= 2 && spans.every((s) => [...(s.textContent ?? '').trim()].length <= 1)) {
      lettered++;
      if (letteredExamples.length < 4)
        letteredExamples.push(`${describe(t)}: ${spans.length} one-letter lines`);
    }
  }
  if (lettered > 0)
    out.push({ check: 'letter-by-letter', detail: `${lettered} texts, e.g. ${letteredExamples.join('; ')}` });

  // Chart marks: a visible chart must draw marks, each with a size (a legend's swatches are SVGs too).
  for (const fig of document.querySelectorAll('figure.chart')) {
    if (!shown(fig) || fig.closest('[hidden], details:not([open])')) continue;
    // An embed holds one layout per width and shows one (container queries): marks of the hidden ones
    // do not count, marks of the shown drawing all must have a size.
    const marks = [...fig.querySelectorAll('svg a.mark')].filter(
      (m) => m.closest('svg')?.checkVisibility() ?? false
    );
    if (marks.length === 0) {
      out.push({ check: 'chart-without-marks', detail: describe(fig) });
      continue;
    }
    const empty = marks.filter((m) => !shown(m));
    if (empty.length > 0)
      out.push({
        check: 'zero-size-mark',
        detail: `${empty.length} of ${marks.length} marks measure 0 px in ${describe(fig)}, e.g. ${empty[0]?.getAttribute('data-figure')}`
      });
  }

  // NaN or Infinity in any SVG attribute: a scale got a value it could not place.
  const bad: string[] = [];
  for (const el of document.querySelectorAll('svg, svg *'))
    for (const a of el.attributes)
      if (!a.name.startsWith('aria-') && /\bNaN\b|Infinity/.test(a.value))
        bad.push(`<${el.tagName} ${a.name}="${a.value.slice(0, 60)}">`);
  if (bad.length > 0)
    out.push({ check: 'nan-in-svg', detail: `${bad.length}: ${bad.slice(0, 3).join(' ')}` });

  // A value cut by an ellipsis: CSS text-overflow that actually cuts, or a "…" put in by code.
  const cut: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    if (getComputedStyle(el).textOverflow !== 'ellipsis') continue;
    cut.push(`${describe(el)} (${el.scrollWidth} px of text in ${el.clientWidth} px)`);
  }
  for (const el of document.querySelectorAll('td, th, svg text')) {
    const text = (el.textContent ?? '').trim();
    if (!/(…|\.\.\.)$/.test(text)) continue;
    const stem = text.replace(/(…|\.\.\.)$/, '');
    if (legitEllipses.some((s) => s.includes(text) || (s.endsWith('…') && s.includes(stem)))) continue;
    cut.push(`${describe(el)} ends in an inserted "…"`);
  }
  if (cut.length > 0)
    out.push({ check: 'ellipsis-cut', detail: `${cut.length} values, e.g. ${cut.slice(0, 3).join('; ')}` });
  return out;
}

/**
 * True once Svelte has hydrated every chart on the page: until then each mark carries a <title> fallback
 * (see MarkLink.svelte), which the hydrated chart drops for its own tooltip.
 */
export function chartsHydrated(): boolean {
  return document.querySelector('figure.chart svg a.mark > title') === null;
}
