import { render } from 'svelte/server';
import Chart from '../../charts/Chart.svelte';
import Legend from '../../charts/Legend.svelte';
import type { ChartModel, LegendItem } from '../../charts/types';
import type { Lang } from '../../schema';
import type { SlideLegendItem } from '../composeSlide';
import { officeSafeSvg } from '../officeSafeSvg';
import { PALETTES, type SlidePalette, type SlideTheme } from '../slideTheme';
import { applyCascade } from './cascade';
import { chartCss } from './chartCss';
import { descendants, parseMarkup, serialize, type Element } from './markup';

/** The site's colour tokens (src/app.css) in a theme, as the chart kit's stylesheet names them. */
function tokens(p: SlidePalette): Record<string, string> {
  return {
    '--bg': p.bg,
    '--fg': p.fg,
    '--muted': p.muted,
    '--rule': p.rule,
    '--panel': p.bg,
    '--accent': p.accent,
    '--accent-2': p.accent2,
    '--warn': p.warn
  };
}

/** Markup rendered by Svelte on the server, styled for a file: the kit's CSS written onto the elements. */
function styled(markup: string, theme: SlideTheme): Element {
  const root = parseMarkup(markup);
  const { rules, hashes } = chartCss();
  applyCascade(root, rules, hashes, tokens(PALETTES[theme]));
  return root;
}

/**
 * The server's counterpart of the browser's drawForSlide: the chart drawn by the kit's own components at a
 * layout width, in a theme, as standalone SVG, and its legend's drawings. No browser is involved: Svelte
 * renders the components to markup and the kit's stylesheet is applied to it here, so a build can make
 * images with a native renderer.
 */
export function drawChart(
  model: ChartModel,
  legend: LegendItem[],
  o: { lang: Lang; label: string; width: number; theme: SlideTheme }
): { svg: string; width: number; height: number; legend: SlideLegendItem[] } {
  const fg = PALETTES[o.theme].fg;
  const chart = styled(
    render(Chart, { props: { model, lang: o.lang, label: o.label, width: o.width } }).body,
    o.theme
  );
  const svg = descendants(chart).find((e) => e.tag === 'svg');
  if (!svg) throw new Error(`chart image: the chart "${o.label}" drew no SVG`);
  // The tooltip fallbacks (<title> in each mark) are for screens; a file draws none of them.
  for (const e of descendants(svg)) e.children = e.children.filter((c) => !('tag' in c) || c.tag !== 'title');
  const [, , width = 0, height = 0] = (svg.attrs.get('viewBox') ?? '').split(/\s+/).map(Number);
  const key = styled(render(Legend, { props: { items: legend, label: '' } }).body, o.theme);
  const items = descendants(key).filter((e) => e.tag === 'li');
  const glyphs = legend.map((item, i) => {
    const g = items[i] && descendants(items[i]).find((e) => e.tag === 'svg');
    const inner = g
      ? officeSafeSvg(serialize(g), { fg })
          .replace(/^<svg\b[^>]*>/, '')
          .replace(/<\/svg>$/, '')
      : '';
    return { glyph: inner, label: item.label };
  });
  return { svg: officeSafeSvg(serialize(svg), { fg }), width, height, legend: glyphs };
}
