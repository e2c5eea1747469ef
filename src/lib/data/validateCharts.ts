import { chartDef, type ChartDef } from '../schema';
import { chartIssues, type ChartFigure } from './chartIssues';
import type { DataIssue } from './issue';
import { JsonShapeError, jsonArrayItems, positionIn, type JsonItem } from './jsonArrayItems';

/**
 * Validates charts.json: its shape (zod), that every referenced figure exists, and that a chart never puts
 * incompatible units on one axis. The file is read one chart at a time (jsonArrayItems): a chart that is not
 * valid JSON or not a valid chart is reported and the next is still checked. Each issue points at the chart's
 * `"id"`. Figures in `failed` had errors of their own in figures.csv: a chart that lists one is not reported
 * again for it. `onListed` hears every figure id any chart lists (a chart with an error included).
 */
export function validateCharts(
  source: string | Iterable<string>,
  figures: ReadonlyMap<string, ChartFigure>,
  FILE = 'data/charts.json',
  failed: ReadonlySet<string> = new Set(),
  { keep = true, onListed }: { keep?: boolean; onListed?: (id: string) => void } = {}
): { charts: ChartDef[]; count: number; issues: DataIssue[]; parsed: boolean; listed: Set<string> } {
  const issues: DataIssue[] = [];
  const listedAnywhere = new Set<string>();
  const listed = onListed ?? ((id: string) => void listedAnywhere.add(id));
  const charts: ChartDef[] = [];
  const seen = new Set<string>();
  let parsed = true;
  let count = 0;
  try {
    for (const item of jsonArrayItems(typeof source === 'string' ? [source] : source)) {
      let raw: unknown;
      try {
        raw = JSON.parse(item.text);
      } catch (e) {
        parsed = false;
        const m = /position (\d+)/.exec(String((e as Error).message));
        const at = positionIn(item, m ? Number(m[1]) : item.text.length);
        const message = `not valid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`;
        issues.push({ file: FILE, ...at, column: '', message });
        continue;
      }
      const rawFigures = (raw as { figures?: unknown } | null)?.figures;
      if (Array.isArray(rawFigures)) for (const id of rawFigures) if (typeof id === 'string') listed(id);
      const say = (column: string, message: string, unknownFigure?: string) =>
        issues.push({
          file: FILE,
          ...idAt(item),
          column,
          message,
          ...(unknownFigure === undefined ? {} : { code: 'unknown-figure' as const, ref: unknownFigure })
        });
      const result = chartDef.safeParse(raw);
      if (!result.success) {
        for (const i of result.error.issues) say(i.path.map(String).join('.'), i.message);
        continue;
      }
      const chart = result.data;
      count++;
      if (keep) charts.push(chart);
      if (seen.has(chart.id)) say('id', `duplicate chart id "${chart.id}"`);
      seen.add(chart.id);
      chartIssues(chart, figures, failed, say);
    }
  } catch (e) {
    parsed = false;
    // The file could not be read (not UTF-8: fileChunks says where), or its array is broken.
    if (e instanceof Error && 'issue' in e) issues.push(e.issue as DataIssue);
    else if (!(e instanceof JsonShapeError)) throw e;
    else if (e.empty) issues.push({ file: FILE, line: 0, column: '', message: e.message });
    else issues.push({ file: FILE, line: e.line, col: e.col, column: '', message: `not valid JSON: ${e.message}` });
  }
  return { charts, count, issues, parsed, listed: listedAnywhere };
}

/** Where a chart's `"id"` key is written (JSON has no rows; the id names the chart), else where it starts. */
function idAt(item: JsonItem): { line: number; col: number } {
  const at = item.text.indexOf('"id"');
  return positionIn(item, at < 0 ? 0 : at);
}

/**
 * Every figure must be drawn somewhere: a figure no chart shows is a figure a reader cannot reach from a
 * chart. Returns the ids (in the order given) that no chart lists.
 */
export function figuresInNoChart(charts: readonly ChartDef[], figureIds: readonly string[]): string[] {
  const shown = new Set(charts.flatMap((c) => c.figures));
  return figureIds.filter((id) => !shown.has(id));
}
