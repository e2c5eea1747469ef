import { langOf } from '$lib/i18n';
import { deckPage } from '$lib/pages/deck';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => deckPage(dataset(), langOf(params.lang));

export const entries: EntryGenerator = () => [{}, { lang: 'en' }];
