/**
 * The chart kit. Per chart type (a folder each) three layers: data shaping (figures → marks, no pixels:
 * shape.ts), layout (a pure function of the marks and a width → coordinates, ticks and label positions:
 * layout.ts), and a render component that takes props only (the folder's Svelte chart). D3 computes,
 * Svelte draws. views.ts composes them into what pages render.
 */
export type * from './types';
export { shapeChart } from './shape';
export { shapeBar } from './bar/shape';
export { layoutBar, type BarLayout } from './bar/layout';
export { shapeGroupedBar } from './grouped-bar/shape';
export { layoutGroupedBar } from './grouped-bar/layout';
export { shapeInterval } from './interval/shape';
export { layoutInterval, type IntervalLayout } from './interval/layout';
export { shapeDotLog } from './dot-log/shape';
export { layoutDotLog } from './dot-log/layout';
export { shapeTimeline, dateSpan } from './timeline/shape';
export { layoutTimeline, type TimelineLayout } from './timeline/layout';
export { glyphFor, valueLabel } from './qualifier';
export { legendFor } from './legend';
export { summarizeChart } from './summary';
export { chartView, chartPage, chartsByTopic, chartsForFigure, type ChartPageData } from './views';
export { chartSize } from './chartSize';
