export { formatNumber } from './formatNumber';
export { formatQuantity, formatRange, type FigureValue } from './formatQuantity';
export { formatPartialDate } from './formatPartialDate';
export { describeValue, describeComparator, QUALIFIER_SYMBOL } from './describeValue';
