import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { checkRows } from '$lib/verify';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({ rows: checkRows(dataset(), langOf(params.lang)) });
