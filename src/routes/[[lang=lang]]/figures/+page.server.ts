import { figureListRows } from '$lib/data/figureListRows';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
  rows: figureListRows(dataset(), langOf(params.lang))
});
