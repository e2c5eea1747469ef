import type { ChartView } from '../../charts/types';
import { markLinks, slideFromDrawing, type SlideFit } from '../slideFor';
import { PALETTES, slideFont } from '../slideTheme';
import { drawForSlide } from './drawForSlide';

/** A slide as a standalone SVG file: the chart drawn by the kit at the fitted width, with its legend. */
export function slideSvg(view: ChartView, fit: SlideFit): string {
  const drawn = drawForSlide(view.model, view.legend, {
    lang: view.lang,
    label: view.title,
    width: fit.width,
    theme: fit.plan.text.theme
  });
  return slideFromDrawing(fit, drawn);
}

/**
 * The chart alone on its background, for a slide that places it as a picture (chart types PowerPoint has no
 * native equivalent of): drawn at `width` layout units and `scale` times that in pixels.
 */
export function chartPicture(
  view: ChartView,
  o: { width: number; scale: number; theme: 'light' | 'dark'; url: string }
): { svg: string; width: number; height: number } {
  const drawn = drawForSlide(view.model, view.legend, {
    lang: view.lang,
    label: view.title,
    width: o.width,
    theme: o.theme
  });
  const m = 8;
  const w = Math.round((drawn.width + 2 * m) * o.scale);
  const h = Math.round((drawn.height + 2 * m) * o.scale);
  const inner = markLinks(drawn.svg, o.url)
    .replace(/^<svg\b[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="${-m} ${-m} ${drawn.width + 2 * m} ${drawn.height + 2 * m}" font-family="${slideFont(view.lang).replace(/'/g, '&apos;')}">`,
    `<rect x="${-m}" y="${-m}" width="${drawn.width + 2 * m}" height="${drawn.height + 2 * m}" fill="${PALETTES[o.theme].bg}"/>`,
    inner,
    '</svg>'
  ].join('\n');
  return { svg, width: w, height: h };
}
