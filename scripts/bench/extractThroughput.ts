import { recognize } from '../../src/lib/quantity';
import type { Dataset } from '../../src/lib/data/dataset';

/**
 * Extraction throughput on a corpus made by repeating the five articles with their digits varied (so the
 * recognizer cannot be helped by repetition), at doubling sizes up to `maxMB`: MB/s at each size, and the
 * time per MB, which stays flat when extraction is linear.
 */
export function extractThroughput(d: Dataset, maxMB: number, log: (s: string) => void) {
  const base = Object.values(d.texts).join('\n');
  const rows: {
    mb: number;
    seconds: number;
    mbPerS: number;
    mentions: number;
    peakRssMB: number;
    heapMB: number;
  }[] = [];
  for (let mb = maxMB / 8; mb <= maxMB + 1e-9; mb *= 2) {
    const text = corpus(base, mb);
    const bytes = Buffer.byteLength(text, 'utf8');
    const heap0 = process.memoryUsage().heapUsed;
    let heapPeak = heap0;
    const t0 = performance.now();
    let mentions = 0;
    // Articles are recognized one paragraph block at a time, as ingest does for long inputs.
    for (let from = 0; from < text.length;) {
      const to = nextBreak(text, from + 256 * 1024);
      mentions += recognize(text.slice(from, to)).length;
      from = to;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    const seconds = (performance.now() - t0) / 1000;
    // Peak memory: the process's resident peak so far (it includes the corpus itself, UTF-16 in memory) and
    // the most the JS heap grew above its level before recognition, sampled after every block.
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    const heapMB = (heapPeak - heap0) / 2 ** 20;
    const row = { mb: bytes / 1e6, seconds, mbPerS: bytes / 1e6 / seconds, mentions, peakRssMB, heapMB };
    rows.push(row);
    log(
      `  ${row.mb.toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(7)} s  ${row.mbPerS.toFixed(2).padStart(6)} MB/s  ${(seconds / row.mb).toFixed(3)} s/MB  ${mentions} mentions  peak RSS ${peakRssMB.toFixed(0)} MB  heap +${heapMB.toFixed(0)} MB`
    );
  }
  return rows;
}

function corpus(base: string, mb: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const varied = base.replace(/\d/g, (d) => String((Number(d) + i) % 10));
    parts.push(varied);
    bytes += Buffer.byteLength(varied, 'utf8');
  }
  return parts.join('\n');
}

function nextBreak(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}
