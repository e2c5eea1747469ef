import { langOf } from '$lib/i18n';
import { figureList } from '$lib/pages/figureList';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => figureList(dataset(), langOf(params.lang));
