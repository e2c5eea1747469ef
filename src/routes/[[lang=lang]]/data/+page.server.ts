import { dataPage } from '$lib/pages/dataFiles';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => dataPage(dataset());
