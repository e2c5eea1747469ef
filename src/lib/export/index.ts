export { neutralizeCell } from './neutralizeCell';
export { toCsv, type CsvColumn } from './toCsv';
export {
  FIGURE_EXPORT_COLUMNS,
  QUALIFIER_WORDS,
  withArticles,
  type FigureWithArticle
} from './figureExportColumns';
export { ARTICLE_EXPORT_COLUMNS } from './articleExportColumns';
export { dataPackage } from './dataPackage';
export { webAnnotation, annotationCollection } from './webAnnotation';
export { CHECK_EXPORT_COLUMNS } from './checkExportColumns';
export { composeSlide, planSlide, fitChart, type SlideText, type SlidePlan } from './composeSlide';
export { officeSafeSvg } from './officeSafeSvg';
export { slideNotes } from './slideNotes';
export { fitSlide, twiceScreen, slideText, publicUrl } from './slideFor';
export { embedSnippet, imageSnippet, HEIGHT_MESSAGE } from './embedSnippet';
