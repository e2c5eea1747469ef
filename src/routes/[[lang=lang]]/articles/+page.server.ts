import { langOf } from '$lib/i18n';
import { articleList } from '$lib/pages/articleList';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => articleList(dataset(), langOf(params.lang));
