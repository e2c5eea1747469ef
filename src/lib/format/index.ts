export { formatNumber } from './formatNumber';
export { formatQuantity, formatRange, type FigureValue } from './formatQuantity';
export { formatPartialDate } from './formatPartialDate';
export { describeValue, describeComparator, QUALIFIER_SYMBOL } from './describeValue';
export {
  parsePartialDate,
  partialDateInterval,
  SEASON_START,
  type PartialDate,
  type Season
} from './partialDate';
