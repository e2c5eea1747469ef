import type { ParamMatcher } from '@sveltejs/kit';

/** An embed can pin its theme in the path (/embed/ID/dark); without it, it follows the reader's system. */
export const match: ParamMatcher = (param) => param === 'light' || param === 'dark';
