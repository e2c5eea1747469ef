import { fileResponse, figuresCsv } from '$lib/pages/dataFiles';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export const GET = () => fileResponse(figuresCsv(dataset()));
