export { recognize } from './recognize';
export { readNumber, type NumberToken } from './readNumber';
export type { Mention, Precision, RecognizeOptions, RelativeYear } from './types';
export { assertText, decodeText, findNotText, NotTextError } from './checkText';
