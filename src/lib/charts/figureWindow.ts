/**
 * At most this many figures of a chart are drawn on a figure page: the figure and its neighbours in the
 * chart's order. A chart of 5,000 figures would otherwise make each of its 5,000 figure pages 4 MB.
 */
export const FIGURE_PAGE_WINDOW = 40;

/** The figure ids a figure page draws of a chart: all of a small chart, a window around the figure of a large one. */
export function figureWindow(
  ids: readonly string[],
  figureId: string,
  size = FIGURE_PAGE_WINDOW
): readonly string[] {
  if (ids.length <= size) return ids;
  const at = Math.max(0, ids.indexOf(figureId));
  const from = Math.min(Math.max(0, at - Math.floor(size / 2)), ids.length - size);
  return ids.slice(from, from + size);
}
