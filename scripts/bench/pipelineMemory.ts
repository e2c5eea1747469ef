import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type PipelineRow = { what: string; size: string; seconds: number; peakMB: number; ok: boolean };

/**
 * Runs a script in its own Node process and reads its peak resident memory (maxRSS) as it exits: the
 * number that says whether a command stays flat (extract) or grows linearly (validate) with its input.
 */
function measure(script: string, args: string[]): { seconds: number; peakMB: number; ok: boolean } {
  const code = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
process.argv.splice(1, process.argv.length, ${JSON.stringify(script)}, ...${JSON.stringify(args)});
await import(${JSON.stringify(`./${script}`)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30
  });
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/maxrss (\d+)/.exec(r.stderr ?? '')?.[1] ?? 0);
  return { seconds, peakMB: Math.round(kb / 1024), ok: r.status === 0 };
}

/** validate at growing numbers of figure rows (synthetic corpora, 20 figures per article) and extract on a big file. */
export function pipelineMemory(
  rows: number[],
  extractFile: string | null,
  log: (s: string) => void
): PipelineRow[] {
  const out: PipelineRow[] = [];
  for (const n of rows) {
    const articles = Math.ceil(n / 20);
    const dir = `bench-out/validate-${n}`;
    // Each step takes from seconds to minutes: say what is running so a quiet terminal is not a hung one.
    if (!existsSync(`${dir}/figures.csv`)) {
      log(`  … making ${dir} (npm run synth -- --articles ${articles})`);
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/synth.ts', '--articles', String(articles), '--out', dir],
        {
          stdio: 'inherit'
        }
      );
    }
    log(`  … validate ${n.toLocaleString('en')} figure rows`);
    const m = measure('scripts/validate.ts', ['--data', dir]);
    out.push({ what: 'validate', size: `${n.toLocaleString('en')} figure rows`, ...m });
    log(
      `  validate ${String(n).padStart(9)} rows  ${m.seconds.toFixed(1).padStart(7)} s  peak ${String(m.peakMB).padStart(6)} MB${m.ok ? '' : '  (failed)'}`
    );
  }
  if (extractFile) {
    log(`  … extract ${extractFile}`);
    const m = measure('scripts/extract.ts', [extractFile]);
    out.push({ what: 'extract', size: extractFile, ...m });
    log(
      `  extract  ${extractFile}  ${m.seconds.toFixed(1)} s  peak ${m.peakMB} MB${m.ok ? '' : '  (failed)'}`
    );
  }
  return out;
}
