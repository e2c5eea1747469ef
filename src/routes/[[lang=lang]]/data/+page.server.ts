import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  rawFiles: dataset().articles.map((a) => ({ id: a.id, file: a.file, sha256: a.sha256 }))
});
