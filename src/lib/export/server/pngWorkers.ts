import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { imageStats } from './imageStats';

type Job = { svg: string; options: object; resolve: (png: Buffer) => void; reject: (e: Error) => void };

// A worker draws and encodes one PNG at a time with resvg (the two slowest steps), so the build's main thread
// goes on prerendering pages meanwhile.
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ svg, options }) => {
  try {
    const t0 = performance.now();
    const img = new Resvg(svg, options).render();
    const png = img.asPng();
    parentPort.postMessage({ png, width: img.width, height: img.height, ms: performance.now() - t0 });
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message || e) });
  }
});`;

type Slot = { worker: Worker; job: Job | null };
let slots: Slot[] | null = null;
const queue: Job[] = [];

function start(): Slot[] {
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  // A worker per core (at most four): the build's thread only makes the SVGs and pages between drawings, so
  // with one worker on two cores a build that draws every image left one core half idle (N = 10 articles,
  // 764 images: 49.4 s with one worker, 32.9 s with two; the same CPU time).
  const n = Math.max(1, Math.min(4, availableParallelism()));
  return Array.from({ length: n }, () => {
    const slot: Slot = { worker: new Worker(CODE, { eval: true, workerData: { resvg } }), job: null };
    slot.worker.unref();
    slot.worker.on('message', (m: { png?: Uint8Array; error?: string; ms?: number }) => {
      imageStats.drawMs += m.ms ?? 0;
      const job = slot.job;
      slot.job = null;
      // An idle worker must not keep the build's process alive once the last page is written.
      slot.worker.unref();
      if (job) {
        if (m.png) job.resolve(Buffer.from(m.png));
        else job.reject(new Error(`chart image: ${m.error ?? 'resvg failed'}`));
      }
      next(slot);
    });
    slot.worker.on('error', (e) => {
      slot.job?.reject(e);
      slot.job = null;
    });
    return slot;
  });
}

function next(slot: Slot) {
  const job = queue.shift();
  if (!job) return;
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage({ svg: job.svg, options: job.options });
}

/** Draws an SVG to PNG bytes on a worker thread with resvg, `options` as resvg-js takes them. */
export function renderOnWorker(svg: string, options: object): Promise<Buffer> {
  slots ??= start();
  return new Promise((resolve, reject) => {
    queue.push({ svg, options, resolve, reject });
    const idle = slots?.find((s) => !s.job);
    if (idle) next(idle);
  });
}
