import { en } from './en';
import { zh } from './zh';

/** Every piece of interface text, in both languages. Data text (subjects, quotes) comes from data/. */
export const strings = { zh, en } as const;

export type Strings = (typeof strings)['zh'] | (typeof strings)['en'];
