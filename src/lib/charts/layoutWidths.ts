/**
 * The widths a chart is laid out at in a page that does not hydrate: the page cannot measure its box, so
 * the chart is drawn at a few widths and CSS container queries show one (ChartFigure), scaled by its
 * viewBox to the box: type stays within about 0.8–1.3 of its size. The switch points are the geometric
 * means of neighbouring widths (465 and 720 px) and are written in ChartFigure's style; change them together.
 * Hidden layouts are display: none, out of reach of Tab and of screen readers.
 */
/** A chart page: a phone (300–465 px), a tablet (465–720 px), a desktop (the graphic's 54rem). */
export const PAGE_WIDTHS = [360, 600, 864] as const;
/** A figure page's preview (at most 40rem wide): a phone, and the rest. */
export const PREVIEW_WIDTHS = [360, 600] as const;
/**
 * A card of a grid (home, /charts): one layout, the width of a card in a grid of them (about 352 px) and of
 * a phone. It shrinks with its box and never grows past its width, so its type stays at its size where a
 * card is wider (one column on a tablet); one drawing per card keeps a page of many charts small.
 */
export const CARD_WIDTH = 360;
