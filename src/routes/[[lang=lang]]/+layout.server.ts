import { langOf } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({ lang: langOf(params.lang) });
