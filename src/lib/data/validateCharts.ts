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
): { charts: ChartDef[]; issues: DataIssue[]; parsed: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const issues = [{ file: FILE, line: 0, column: '', message: `not valid JSON: ${String(e)}` }];
    return { charts: [], issues, parsed: false };
  }
  const parsed = chartsFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const [index, ...rest] = i.path;
      return { file: FILE, line: chartLine(text, json, index), column: rest.map(String).join('.'), message: i.message };
    });
    return { charts: [], issues, parsed: false };
  }
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((chart, index) => {
    // The line is looked up only when there is something to report: finding it scans the file's text,
    // and doing that for every chart made validating thousands of charts quadratic.
    const say = (column: string, message: string) =>
      issues.push({ file: FILE, line: chartLine(text, json, index), column, message });
    if (seen.has(chart.id)) say('id', `duplicate chart id "${chart.id}"`);
    seen.add(chart.id);
    const units = new Set<string>();
    const listed = new Set<string>();
    const found: Figure[] = [];
    chart.figures.forEach((id, j) => {
      const f = figures.get(id);
      if (listed.has(id)) say(`figures.${j}`, `figure "${id}" is listed twice`);
      listed.add(id);
      if (!f) say(`figures.${j}`, `unknown figure id "${id}"`);
      else {
        found.push(f);
        if (f.unit !== chart.label_unit) units.add(f.unit);
      }
    });
    // Only interval and dot-log charts draw a band (an axis) per unit; elsewhere facet_by is an error.
    const faceted = chart.facet_by === 'unit' && FACETABLE.includes(chart.type);
    if (chart.facet_by && !faceted) {
      say('facet_by', `"facet_by" is for ${FACETABLE.join(' and ')} charts, not "${chart.type}"`);
    }
    const mixable = MIXABLE[chart.type];
    let bad: string[] = [];
    if (mixable) bad = [...units].filter((u) => !mixable.includes(u));
    else if (!faceted && units.size > 1) bad = [...units];
    if (bad.length) say('figures', `incompatible units on one axis: ${[...units].join(', ')}`);
    if (chart.type === 'grouped-bar' && (!chart.group_by || !chart.series_by)) {
      say('group_by', 'a grouped-bar chart needs "group_by" and "series_by"');
    }
    const { orphans } = splitLabels(chart, found);
    for (const f of orphans) {
      const j = chart.figures.indexOf(f.id);
      say(`figures.${j}`, `label "${f.id}" (unit ${f.unit}) matches no mark with subject "${f.subject_en}"`);
    }
  });
  return { charts: parsed.data, issues, parsed: true };
}

/** Chart types that can put figures of different units in separate bands, each with its own axis. */
const FACETABLE: readonly ChartDef['type'][] = ['interval', 'dot-log'];

/** The key that ties a label figure (a rank) to the mark it annotates (the share of the same subject). */
const labelKey = (f: Figure) => `${f.article_id}|${f.subject_en}|${f.period}`;

/**
 * A chart's figures split into marks (placed on an axis) and labels (figures of `label_unit`, drawn beside
 * the mark of the same subject, period and article). Orphans are labels with no mark to sit beside.
 */
export function splitLabels(
  chart: Pick<ChartDef, 'label_unit'>,
  figures: readonly Figure[]
): { marks: Figure[]; labels: Map<string, Figure[]>; orphans: Figure[] } {
  const marks = figures.filter((f) => f.unit !== chart.label_unit);
  const byKey = new Map(marks.map((m) => [labelKey(m), m.id]));
  const labels = new Map<string, Figure[]>();
  const orphans: Figure[] = [];
  for (const f of figures) {
    if (f.unit !== chart.label_unit) continue;
    const owner = byKey.get(labelKey(f));
    if (owner === undefined) orphans.push(f);
    else labels.set(owner, [...(labels.get(owner) ?? []), f]);
  }
  return { marks, labels, orphans };
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
