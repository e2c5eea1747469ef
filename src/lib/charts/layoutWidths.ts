/**
 * The widths a chart is laid out at in a page that does not hydrate: the page cannot measure its box, so
 * the chart is drawn at a few widths and CSS container queries show one (ChartFigure), scaled by its
 * viewBox to the box: type stays within about 0.8–1.3 of its size. The switch points are the geometric
 * means of neighbouring widths (465 and 720 px) and are written in ChartFigure's style; change them together.
 * Hidden layouts are display: none, out of reach of Tab and of screen readers.
 */
/** A chart page: a phone (300–465 px), a tablet (465–720 px), a desktop (the graphic's 54rem). */
export const PAGE_WIDTHS = [360, 600, 864] as const;
/** A card or a preview (at most 40rem wide): a phone, and the rest. */
export const CARD_WIDTHS = [360, 600] as const;
