import { fileResponse } from '$lib/pages/dataFiles';
import { imagesFile } from '$lib/pages/stageImages';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

/** Every chart and figure image of the build; making this file makes them (see stageImages). */
export const GET = async () => fileResponse(await imagesFile(dataset()));
