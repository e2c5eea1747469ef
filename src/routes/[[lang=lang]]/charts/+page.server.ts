import { chartsByTopic, GALLERY_PER_TOPIC } from '$lib/charts/views';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = ({ params }) => ({
  groups: chartsByTopic(dataset(), langOf(params.lang), { perTopic: GALLERY_PER_TOPIC, listRest: true })
});
