import { articlesCsv, fileResponse } from '$lib/pages/dataFiles';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export const GET = () => fileResponse(articlesCsv(dataset()));
