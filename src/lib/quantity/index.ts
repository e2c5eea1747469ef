/**
 * The recognizer: Chinese (and English) text in, every cited quantity out, each with its exact offsets.
 * 1. lexicon/   the words: characters, units, qualifiers (约, 逾, 近), idioms that are not numbers.
 * 2. numerals/  numbers as written: 1.5, 一千二百, 1.2万, 三分之一, 两成, 1,200, 1.5 billion.
 * 3. dates/     years, months, quarters, halves, decades, ISO dates and ranges of them.
 * 4. mention/   a numeral with its unit, magnitude, qualifier and range becomes a Mention (drafts → schema).
 * 5. recognize  scans the text (mention/scanText) and returns the mentions in text order.
 * types.ts, drafts.ts and combine.ts are the vocabulary every stage shares; a stage imports only earlier ones.
 */
export { recognize } from './mention/recognize';
export { readNumber, type NumberToken } from './numerals/readNumber';
export type { Mention, Precision, RecognizeOptions, RelativeYear } from './types';
export { assertText, decodeText, findNotText, NotTextError } from './mention/checkText';
