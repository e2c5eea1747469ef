import type { ChartView } from '../charts/types';
import { exportFileName } from '../export/embedSnippet';
import { fitSlide, publicUrl, slideText, twiceScreen, type SlideFit } from '../export/slideFor';
import type { SlideTheme } from '../export/slideTheme';
import { t } from '../i18n';

/**
 * The drawing side of the downloads panel, loaded on first use (downloads.ts): the chart's view from the
 * page's JSON, the "2× screen" size from the chart's width on screen, and the files: the SVG and PNG slides
 * drawn by the chart kit for their frame (never the screen's drawing scaled) and the PowerPoint file.
 *
 * Why it reads the document: the panel is server-rendered and never hydrated, so no component hands this
 * code its props; what the server rendered is all there is. The view comes from the JSON the chart page
 * writes for it (the view the panel and the figure were rendered from, so the files cannot disagree with
 * the page), and the chart's drawing on screen from the figure the panel names (its data-chart): the
 * screen's layout depends on the reader's window, which only the document knows. Everything else is looked
 * up inside the panel itself.
 */
type Loaded = { view: ChartView; url: string };
const cache = new WeakMap<HTMLElement, Loaded>();

function loaded(section: HTMLElement): Loaded {
  let l = cache.get(section);
  if (!l) {
    const json = document.querySelector('script[type="application/json"]')?.textContent ?? '{}';
    const { view, chartUrl } = JSON.parse(json) as { view: ChartView; chartUrl: string };
    l = { view, url: publicUrl(chartUrl) };
    cache.set(section, l);
  }
  return l;
}

/** The box of the chart the panel is for: the figure its data-chart names, which the page draws apart. */
function graphicOf(section: HTMLElement): Element | null {
  return document.querySelector(`figure[data-chart="${CSS.escape(section.dataset.chart ?? '')}"] .graphic`);
}

/** The chart's drawing on screen: the layout its box shows (the others are display: none). */
function chartOnScreen(section: HTMLElement): SVGSVGElement | null {
  const all = graphicOf(section)?.querySelectorAll<SVGSVGElement>('svg') ?? [];
  return [...all].find((svg) => svg.getBoundingClientRect().width > 0) ?? null;
}

function twice(section: HTMLElement, theme: SlideTheme): SlideFit | null {
  const { view, url } = loaded(section);
  const width = Math.round(chartOnScreen(section)?.getBoundingClientRect().width ?? 0);
  return width > 0 ? twiceScreen(view, slideText(view, theme, url), width) : null;
}

/** Writes the "2× screen" size on its button, now and whenever the chart's box changes width. */
export function measureTwice(section: HTMLElement): void {
  const { view } = loaded(section);
  const button = section.querySelector<HTMLButtonElement>('button[data-action="png2x"]');
  if (!button) return;
  const s = t(view.lang).downloads;
  const label = () => {
    const fit = twice(section, 'light');
    if (!fit) return;
    const size = `${fit.plan.width}×${fit.plan.height}`;
    button.textContent = s.png2xSized(size);
    button.dataset.size = `${fit.plan.width}x${fit.plan.height}`;
  };
  label();
  const box = graphicOf(section);
  if (box) new ResizeObserver(label).observe(box);
}

let busy = false;

/** Makes and saves one file; says what happened in the panel's status. */
export async function run(
  section: HTMLElement,
  action: string,
  theme: SlideTheme,
  say: (m: string) => void
): Promise<void> {
  if (busy) return;
  const { view, url } = loaded(section);
  const s = t(view.lang).downloads;
  const fixed = (width: number, height: number) => fitSlide(view, slideText(view, theme, url), width, height);
  const fit =
    action === 'png169' || action === 'svg'
      ? fixed(1920, 1080)
      : action === 'png43'
        ? fixed(1600, 1200)
        : action === 'png2x'
          ? twice(section, theme)
          : null;
  const size = fit ? { width: fit.plan.width, height: fit.plan.height } : undefined;
  const name =
    action === 'svg'
      ? exportFileName(view.id, view.lang, 'svg')
      : action === 'pptx'
        ? exportFileName(view.id, view.lang, 'pptx')
        : exportFileName(view.id, view.lang, 'png', size);
  const buttons = section.querySelectorAll<HTMLButtonElement>('button[data-action]');
  busy = true;
  buttons.forEach((b) => (b.disabled = true));
  say(s.working);
  try {
    const { saveBlob, rasterize } = await import('../export/browser/rasterize');
    if (action === 'pptx') {
      const { pptxBlob } = await import('../export/browser/pptxBlob');
      saveBlob(await pptxBlob(view, url, theme), name);
    } else {
      if (!fit) throw new Error(s.noChart);
      const { slideSvg } = await import('../export/browser/slideSvg');
      const svg = slideSvg(view, fit);
      saveBlob(
        action === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
          : await rasterize(svg, fit.plan.width, fit.plan.height),
        name
      );
    }
    say(s.saved(name));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    say(s.failed(why));
  } finally {
    busy = false;
    buttons.forEach((b) => (b.disabled = false));
  }
}
