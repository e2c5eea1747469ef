export { normalizeText, type Normalized } from './normalizeText';
export { stripPinyin } from './stripPinyin';
export { toSimplified } from './toSimplified';
export type { MappedText } from './mappedText';
