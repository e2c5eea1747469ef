const MARK = 'figure.chart a.mark';

/** The tooltip's box: at most 300 px, at least 160, inside the chart. */
function place(tip: HTMLElement, mark: Element, plot: HTMLElement): void {
  const svg = mark.closest('svg');
  const box = svg?.viewBox.baseVal;
  const shown = svg?.getBoundingClientRect().width ?? 0;
  const scale = box && box.width > 0 && shown > 0 ? shown / box.width : 1;
  const [ax = 0, ay = 0] = (mark.getAttribute('data-at') ?? '').split(' ').map(Number);
  const width = plot.clientWidth || shown;
  const boxWidth = Math.max(160, Math.min(300, width - 8));
  const x = ax * scale;
  const y = ay * scale;
  const above = y > 150;
  tip.classList.toggle('above', above);
  tip.style.left = `${Math.max(0, Math.min(width - boxWidth, x - boxWidth / 2))}px`;
  tip.style.top = `${above ? y - 6 : y + 30}px`;
  tip.style.width = `${boxWidth}px`;
}

/**
 * The charts' tooltips, for every chart in the document now or later (one set of listeners on the
 * document): hovering or focusing a mark shows a copy of its prerendered tooltip (Tooltip.svelte) over the
 * chart, described by it; leaving or blurring it, or Escape, hides it. The marks' <title>s (the tooltip
 * without JavaScript) are removed, so that the browser's own does not show as well.
 */
export function installChartTips(doc: Document): void {
  let open: { mark: Element; tip: HTMLElement } | null = null;
  let n = 0;

  const hide = (mark?: Element) => {
    if (!open || (mark && open.mark !== mark)) return;
    open.mark.removeAttribute('aria-describedby');
    open.tip.remove();
    open = null;
  };

  const show = (mark: Element) => {
    if (open?.mark === mark) return;
    hide();
    mark.querySelector(':scope > title')?.remove();
    const id = mark.getAttribute('data-figure') ?? '';
    const source = mark
      .closest('[data-model]')
      ?.querySelector<HTMLElement>(`.tips [data-tip="${CSS.escape(id)}"]`);
    const plot = mark.closest<HTMLElement>('.plot');
    if (!source || !plot) return;
    const tip = source.cloneNode(true) as HTMLElement;
    tip.id = `chart-tip-${++n}`;
    tip.dataset.testid = 'chart-tooltip';
    plot.append(tip);
    place(tip, mark, plot);
    mark.setAttribute('aria-describedby', tip.id);
    open = { mark, tip };
  };

  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(MARK) : null);
  doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  doc.addEventListener('mouseout', (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.contains(e.relatedTarget as Node | null)) hide(mark);
  });
  doc.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  doc.addEventListener('focusout', (e) => {
    const mark = markOf(e.target);
    if (mark) hide(mark);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  doc.addEventListener('cited-figures:redraw', () => hide());
  doc.querySelectorAll(`${MARK} > title`).forEach((t) => t.remove());
  // A reader who tabbed onto a mark before this script ran had its focus event go unheard: the mark that
  // holds the focus now shows its tooltip as if it had just been focused.
  const focused = markOf(doc.activeElement);
  if (focused) show(focused);
}
