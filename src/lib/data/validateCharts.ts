import { chartDef, type ChartDef, type Figure } from '../schema';
import { chartIssues } from './chartIssues';
export { splitLabels } from './splitLabels';
import type { DataIssue } from './issue';

/**
 * Validates charts.json: its shape (zod), that every referenced figure exists, and that a chart never puts
 * incompatible units on one axis. JSON has no rows, so each issue points at the line of the chart's "id".
 * A bad chart is reported and the others are still checked. Figures in `failed` had errors of their own in
 * figures.csv: a chart that lists one is not reported again for it.
 */
export function validateCharts(
  text: string,
  figures: ReadonlyMap<string, Figure>,
  FILE = 'data/charts.json',
  failed: ReadonlySet<string> = new Set()
): { charts: ChartDef[]; issues: DataIssue[]; parsed: boolean; listed: Set<string> } {
  const issues: DataIssue[] = [];
  const listedAnywhere = new Set<string>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const { line, col } = jsonErrorAt(text, e);
    const message = `not valid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`;
    issues.push({ file: FILE, line, col, column: '', message });
    return { charts: [], issues, parsed: false, listed: listedAnywhere };
  }
  if (!Array.isArray(json)) {
    issues.push({ file: FILE, line: 1, col: 1, column: '', message: 'expected a JSON array of charts' });
    return { charts: [], issues, parsed: false, listed: listedAnywhere };
  }
  const charts: ChartDef[] = [];
  const seen = new Set<string>();
  json.forEach((raw: unknown, index) => {
    const rawFigures = (raw as { figures?: unknown } | null)?.figures;
    if (Array.isArray(rawFigures)) for (const id of rawFigures) if (typeof id === 'string') listedAnywhere.add(id);
    const say = (column: string, message: string) =>
      issues.push({ file: FILE, line: chartLine(text, json, index), column, message });
    const parsed = chartDef.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) say(i.path.map(String).join('.'), i.message);
      return;
    }
    const chart = parsed.data;
    charts.push(chart);
    if (seen.has(chart.id)) say('id', `duplicate chart id "${chart.id}"`);
    seen.add(chart.id);
    chartIssues(chart, figures, failed, say);
  });
  return { charts, issues, parsed: true, listed: listedAnywhere };
}

/** Where JSON.parse stopped, as a line and column (V8 names only the character position). */
function jsonErrorAt(text: string, e: unknown): { line: number; col: number } {
  const m = /position (\d+)/.exec(String((e as Error).message));
  const pos = m ? Number(m[1]) : text.length;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, col: pos - before.lastIndexOf('\n') };
}

/**
 * Every figure must be drawn somewhere: a figure no chart shows is a figure a reader cannot reach from a
 * chart. Returns the ids (in the order given) that no chart lists.
 */
export function figuresInNoChart(charts: readonly ChartDef[], figureIds: readonly string[]): string[] {
  const shown = new Set(charts.flatMap((c) => c.figures));
  return figureIds.filter((id) => !shown.has(id));
}

function chartLine(text: string, json: unknown, index: PropertyKey | undefined): number {
  if (!Array.isArray(json) || typeof index !== 'number') return 0;
  const id: unknown = (json[index] as { id?: unknown } | undefined)?.id;
  const at = typeof id === 'string' ? text.indexOf(`"id": ${JSON.stringify(id)}`) : -1;
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}
