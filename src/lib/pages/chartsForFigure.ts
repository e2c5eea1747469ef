import { figureWindow } from '../charts/figureWindow';
import type { ChartView } from '../charts/types';
import { datasetIndex } from '../data/datasetIndex';
import { localHref } from '../i18n';
import type { Lang } from '../schema';
import { figurePart } from './chartPartPage';
import { chartView, compactView, type ChartData } from './chartView';

export type FigureCharts = {
  links: { id: string; title: string; href: string }[];
  preview: ChartView | null;
  /**
   * Set when the preview draws a window of a larger chart: how many it draws, how many there are, and the
   * part of the whole chart's pages that draws this figure (its number, how many, its address).
   */
  windowed: { shown: number; total: number; part: number; parts: number; href: string } | null;
};

/**
 * The charts a figure appears in (as a mark or a label), and the first of them shaped with this figure
 * highlighted, for the figure page.
 */
export function chartsForFigure(d: ChartData, figureId: string, lang: Lang): FigureCharts {
  const defs = datasetIndex(d).chartsByFigure.get(figureId) ?? [];
  const first = defs[0];
  const ids = first ? figureWindow(first.figures, figureId) : [];
  const def = first && ids.length < first.figures.length ? { ...first, figures: [...ids] } : first;
  return {
    links: defs.map((c) => ({ id: c.id, title: c.title[lang], href: localHref(lang, `/charts/${c.id}`) })),
    preview: def ? compactView(chartView(d, def, lang, { highlight: figureId })) : null,
    windowed:
      first && def !== first
        ? { shown: ids.length, total: first.figures.length, ...figurePart(d, first.id, figureId, lang) }
        : null
  };
}
