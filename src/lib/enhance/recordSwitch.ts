/**
 * The records switch of a chart (ChartFigure): shows the drawing with the primary records' values instead
 * of the articles' (both are in the page; one is hidden), says so in its status, and back. Enabled here:
 * the prerendered button is disabled, since without this script a click would do nothing.
 */
export function installRecordSwitch(doc: Document): void {
  const buttons = doc.querySelectorAll<HTMLButtonElement>('figure.chart .record-switch button');
  buttons.forEach((b) => (b.disabled = false));
  doc.addEventListener('click', (e) => {
    const button =
      e.target instanceof Element
        ? e.target.closest<HTMLButtonElement>('figure.chart .record-switch button')
        : null;
    const figure = button?.closest('figure.chart');
    if (!button || !figure) return;
    const on = button.getAttribute('aria-pressed') !== 'true';
    doc.dispatchEvent(new Event('cited-figures:redraw'));
    button.setAttribute('aria-pressed', String(on));
    button.textContent = (on ? button.dataset.on : button.dataset.off) ?? '';
    const status = figure.querySelector('.record-switch [role="status"]');
    if (status) status.textContent = on ? (button.dataset.status ?? '') : '';
    for (const model of figure.querySelectorAll<HTMLElement>('.graphic > [data-model]'))
      model.hidden = (model.dataset.model === 'records') !== on;
  });
}
