import { isLocal } from '../publishTarget';
import { chartSize } from '../charts/chartSize';
import type { ChartView } from '../charts/types';
import {
  composeSlide,
  fitChart,
  planSlide,
  slideLayout,
  typeUnit,
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
 *
 * Computed, not tried: the one unknown is the type unit u, which sets the furniture (slideLayout) and is set
 * by the slide's area. The frame is 2 × the screen width at any u, so the text wraps at a known width and
 * the furniture is c · u tall for the lines it breaks into; then u² · 1920 · 1080 = (2sw + 128u)(2h + c · u)
 * (the chart 2h tall) is a quadratic. Its root is checked once against the lines at that u: where a line
 * break moves there, the quadratic is solved again with the new lines. The slide is planned at that u, so
 * the chart's frame is exactly twice the screen width and, the height rounded up, at least twice its height.
 */
export function twiceScreen(view: ChartView, text: SlideText, screenWidth: number): SlideFit {
  const sw = Math.max(200, Math.round(screenWidth));
  const chartH = 2 * chartSize(view.model, { width: sw, lang: view.lang }).height;
  const at = (u: number) => slideLayout(text, 2 * sw + 2 * Math.round(64 * u), u);
  // The furniture's height per type unit at u, the margins at their exact 64 u: constant between two line
  // breaks (the whole pixels come at the end).
  const perUnit = (u: number) => {
    const l = at(u);
    return (l.top + l.below - 0.75 * l.pad) / u + 48;
  };
  // u² · 1920 · 1080 = (2sw + 128u)(chartH + c · u), for u > 0.
  const solve = (c: number) => {
    const a = 1920 * 1080 - 128 * c;
    const b = 2 * sw * c + 128 * chartH;
    return (b + Math.sqrt(b * b + 4 * a * 2 * sw * chartH)) / (2 * a);
  };
  // Starting from the lines of a 16:9 slide of that width (where a break could give two consistent sizes,
  // the one nearest that slide), solved once, and again for each line break the root lies past; a size
  // between two breaks with none consistent (a line that breaks just where it would fit) takes the later.
  const w0 = 2 * sw + 128;
  let c = perUnit(typeUnit(w0, Math.round((w0 * 9) / 16)));
  let u = solve(c);
  const seen = new Set<number>();
  for (let there = perUnit(u); Math.abs(there - c) > 1e-6 * c && !seen.has(there); there = perUnit(u)) {
    seen.add(c);
    c = there;
    u = solve(c);
  }
  const l = at(u);
  const plan = planSlide(text, 2 * sw + 2 * l.pad, Math.max(200, Math.ceil(chartH + l.top + l.below)), u);
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
  const plan = planSlide({ ...text, legend: drawn.legend }, fit.plan.width, fit.plan.height, fit.plan.u);
  return composeSlide(plan, {
    svg: markLinks(drawn.svg, text.url),
    width: drawn.width,
    height: drawn.height,
    scale: fit.scale
  });
}
