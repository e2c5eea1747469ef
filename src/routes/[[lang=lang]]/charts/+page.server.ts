import { langOf } from '$lib/i18n';
import { chartsIndex } from '$lib/pages/chartsByTopic';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = ({ params }) => chartsIndex(dataset(), langOf(params.lang));
