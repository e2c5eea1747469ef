import { flushSync, mount, unmount } from 'svelte';
import Chart from '../../charts/Chart.svelte';
import Legend from '../../charts/Legend.svelte';
import type { ChartModel, LegendItem } from '../../charts/types';
import type { Lang } from '../../schema';
import { officeSafeSvg } from '../officeSafeSvg';
import type { SlideLegendItem } from '../composeSlide';
import { PALETTES, type SlideTheme } from '../slideTheme';
import { inlineStyles } from './inlineStyles';

/**
 * Draws a chart with the kit's own components at a given layout width (not the screen's), off screen, in a
 * given theme, and returns it as standalone SVG: the same marks, glyphs and labels the page draws, laid out
 * for the slide's frame. The legend's drawings come out the same way. The page's theme is switched only for
 * the time it takes to copy the computed styles.
 */
export function drawForSlide(
  model: ChartModel,
  legend: LegendItem[],
  o: { lang: Lang; label: string; width: number; theme: SlideTheme }
): { svg: string; width: number; height: number; legend: SlideLegendItem[] } {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position:absolute;left:-100000px;top:0;width:${o.width}px;contain:layout`;
  document.body.append(host);
  const chartHost = document.createElement('div');
  const legendHost = document.createElement('div');
  host.append(chartHost, legendHost);
  const root = document.documentElement;
  const before = root.dataset.theme;
  const chart = mount(Chart, {
    target: chartHost,
    props: { model, lang: o.lang, label: o.label, width: o.width }
  });
  const key = mount(Legend, { target: legendHost, props: { items: legend, label: '' } });
  try {
    flushSync();
    root.dataset.theme = o.theme;
    const fg = PALETTES[o.theme].fg;
    const el = chartHost.querySelector('svg');
    if (!el) throw new Error('the chart did not draw');
    const box = el.viewBox.baseVal;
    const svg = officeSafeSvg(inlineStyles(el), { fg });
    const glyphs = [...legendHost.querySelectorAll('li')].map((li, i) => {
      const g = li.querySelector('svg');
      const inner = g
        ? officeSafeSvg(inlineStyles(g), { fg })
            .replace(/^<svg\b[^>]*>/, '')
            .replace(/<\/svg>$/, '')
        : '';
      return { glyph: inner, label: legend[i]?.label ?? li.textContent?.trim() ?? '' };
    });
    return { svg, width: box.width, height: box.height, legend: glyphs };
  } finally {
    if (before === undefined) delete root.dataset.theme;
    else root.dataset.theme = before;
    unmount(chart);
    unmount(key);
    host.remove();
  }
}
