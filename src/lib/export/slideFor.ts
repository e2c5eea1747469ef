import { isLocal } from '../publishTarget';
import { chartSize } from '../charts/chartSize';
import type { ChartView } from '../charts/types';
import {
  composeSlide,
  fitChart,
  planSlide,
  type SlideLegendItem,
  type SlidePlan,
  type SlideText
} from './composeSlide';
import { slideNotes } from './slideNotes';
import type { SlideTheme } from './slideTheme';
import { langTag } from '../i18n';

/**
 * The address printed on an export: the chart's page when it is public. A loopback or relative address
 * means no public site URL was configured, and a file then prints none rather than one no reader can open.
 */
export function publicUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  if (!/^https?:$/.test(u.protocol)) return '';
  if (isLocal(u.hostname)) return '';
  return u.href;
}

/** The words of a chart's slide (the legend's drawings are added once the chart is drawn). */
export function slideText(view: ChartView, theme: SlideTheme, url: string): SlideText {
  return {
    title: view.title,
    subtitle: view.subtitle,
    legend: view.legend.map((l) => ({ glyph: '', label: l.label })),
    notes: slideNotes(view),
    source: view.source,
    url: publicUrl(url),
    lang: langTag(view.lang),
    theme
  };
}

/** Where a chart goes on a slide of a given size, and the width its layout is drawn at. */
export type SlideFit = { plan: SlidePlan; width: number; scale: number };

/**
 * A slide of a fixed size: the chart laid out at the width at which its type is as large as the frame
 * allows (at most twice the screen's on a 1920 × 1080 slide) while it still fits the frame's height.
 */
export function fitSlide(view: ChartView, text: SlideText, width: number, height: number): SlideFit {
  const plan = planSlide(text, width, height);
  const fit = fitChart(
    plan.box,
    plan.maxScale,
    (w) => chartSize(view.model, { width: w, lang: view.lang }).height
  );
  return { plan, width: fit.width, scale: fit.scale };
}

/**
 * A slide on which the chart is drawn as on screen (laid out at the screen's width, `screenWidth`) at twice
 * its size: as wide as that plus the margins and as tall as the heading, chart, notes and foot need. The
 * button that makes it shows this size.
 */
export function twiceScreen(view: ChartView, text: SlideText, screenWidth: number): SlideFit {
  const sw = Math.max(200, Math.round(screenWidth));
  const chartH = 2 * chartSize(view.model, { width: sw, lang: view.lang }).height;
  let w = 2 * sw + 128;
  let h = Math.round((w * 9) / 16);
  for (let i = 0; i < 6; i++) {
    const plan = planSlide(text, w, h);
    w = 2 * sw + 2 * plan.box.x;
    h = Math.max(200, Math.ceil(h - plan.box.h + chartH));
  }
  const plan = planSlide(text, w, h);
  return { plan, width: sw, scale: plan.box.w / sw };
}

/**
 * The chart's marks link to their figure pages: absolute on the public site when there is one, otherwise
 * plain marks (a relative link in a file leads nowhere).
 */
export function markLinks(svg: string, url: string): string {
  return svg.replace(/\sxlink:href="([^"]*)"/g, (_m, href: string) =>
    url ? ` xlink:href="${new URL(href, url).href.replace(/&(?!amp;)/g, '&amp;')}"` : ''
  );
}

/** A chart drawn by the kit for a slide (in a browser or on the server), with its legend's drawings. */
export type SlideDrawing = { svg: string; width: number; height: number; legend: SlideLegendItem[] };

/** The slide as one standalone SVG: the plan laid out again with the legend's drawings, and the chart. */
export function slideFromDrawing(fit: SlideFit, drawn: SlideDrawing): string {
  const { text } = fit.plan;
  const plan = planSlide({ ...text, legend: drawn.legend }, fit.plan.width, fit.plan.height);
  return composeSlide(plan, {
    svg: markLinks(drawn.svg, text.url),
    width: drawn.width,
    height: drawn.height,
    scale: fit.scale
  });
}
