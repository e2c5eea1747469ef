import { langOf } from '$lib/i18n';
import { home } from '$lib/pages/home';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => home(dataset(), langOf(params.lang));
