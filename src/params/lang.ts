import type { ParamMatcher } from '@sveltejs/kit';

/** Only English takes a prefix; Chinese pages live at the root. */
export const match: ParamMatcher = (param) => param === 'en';
