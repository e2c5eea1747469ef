import { langOf } from '$lib/i18n';
import { checksPage } from '$lib/pages/checksPage';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => checksPage(dataset(), langOf(params.lang));
