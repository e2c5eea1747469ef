import { chartsFile, type ChartDef, type Figure } from '../schema';
import type { DataIssue } from './issue';


/** Units a chart type can place on one axis together. Everything else must share a single unit. */
const MIXABLE: Partial<Record<ChartDef['type'], readonly string[]>> = {
  timeline: ['date', 'year', 'years', 'months']
};

/**
 * Validates charts.json: its shape (zod), that every referenced figure exists, and that a chart never puts
 * incompatible units on one axis. JSON has no rows, so each issue points at the line of the chart's "id".
 */
export function validateCharts(
  text: string,
  figures: ReadonlyMap<string, Figure>,
  FILE = 'data/charts.json'
): { charts: ChartDef[]; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { charts: [], issues: [{ file: FILE, line: 0, column: '', message: `not valid JSON: ${String(e)}` }] };
  }
  const parsed = chartsFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const [index, ...rest] = i.path;
      return { file: FILE, line: chartLine(text, json, index), column: rest.map(String).join('.'), message: i.message };
    });
    return { charts: [], issues };
  }
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((chart, index) => {
    const line = chartLine(text, json, index);
    const say = (column: string, message: string) => issues.push({ file: FILE, line, column, message });
    if (seen.has(chart.id)) say('id', `duplicate chart id "${chart.id}"`);
    seen.add(chart.id);
    const units = new Set<string>();
    chart.figures.forEach((id, j) => {
      const f = figures.get(id);
      if (!f) say(`figures.${j}`, `unknown figure id "${id}"`);
      else units.add(f.unit);
    });
    const mixable = MIXABLE[chart.type];
    const bad = mixable ? [...units].filter((u) => !mixable.includes(u)) : units.size > 1 ? [...units] : [];
    if (bad.length) say('figures', `incompatible units on one axis: ${[...units].join(', ')}`);
  });
  return { charts: parsed.data, issues };
}

function chartLine(text: string, json: unknown, index: PropertyKey | undefined): number {
  if (!Array.isArray(json) || typeof index !== 'number') return 0;
  const id: unknown = (json[index] as { id?: unknown } | undefined)?.id;
  const at = typeof id === 'string' ? text.indexOf(`"id": ${JSON.stringify(id)}`) : -1;
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}
