import type { ChartDef, Figure } from '../schema';
import { splitLabels } from '../schema/splitLabels';
import { CHART_RULES } from '../schema/chartRules';
import { CHART_TYPES } from '../schema/vocab';

/** What the chart checks need of a figure: validate keeps this much per row, not the whole row. */
export type ChartFigure = Pick<Figure, 'id' | 'unit' | 'value' | 'low' | 'high' | 'article_id' | 'subject_en' | 'period'>;

/** Chart types that can put figures of different units in separate bands, each with its own axis. */
const FACETABLE = CHART_TYPES.filter((type) => CHART_RULES[type].facetable);

/**
 * The checks of one well-formed chart against the figures: every listed figure exists, units fit one axis,
 * labels sit beside a mark, the highlight is one of the chart's figures, and a log axis only sees positive
 * numbers (0 or a negative value has no place on it: the mark would be drawn at NaN).
 */
export function chartIssues(
  chart: ChartDef,
  figures: ReadonlyMap<string, ChartFigure>,
  failed: ReadonlySet<string>,
  say: (column: string, message: string, unknownFigure?: string) => void
): void {
  const units = new Set<string>();
  const listed = new Set<string>();
  const found: ChartFigure[] = [];
  chart.figures.forEach((id, j) => {
    const f = figures.get(id);
    if (listed.has(id)) say(`figures.${j}`, `figure "${id}" is listed twice`);
    listed.add(id);
    if (!f) {
      if (!failed.has(id)) say(`figures.${j}`, `unknown figure id "${id}"`, id);
      return;
    }
    found.push(f);
    if (f.unit !== chart.label_unit) units.add(f.unit);
    const scale = chart.axes[f.unit]?.scale ?? chart.scale;
    const bad = [f.value, f.low, f.high].find((v) => v !== null && v <= 0);
    if (scale === 'log' && f.unit !== chart.label_unit && bad !== undefined) {
      say(`figures.${j}`, `figure "${id}" has the value ${bad}, which a log-scale axis cannot show; use "scale": "linear"`);
    }
  });
  for (const [unit, axis] of Object.entries(chart.axes)) {
    const scale = axis?.scale ?? chart.scale;
    if (scale === 'log' && axis?.min !== undefined && axis.min <= 0) {
      say(`axes.${unit}.min`, `a log axis starts above 0, not at ${axis.min}`);
    }
    if (axis?.min !== undefined && axis.max !== undefined && !(axis.max > axis.min)) {
      say(`axes.${unit}.max`, `max (${axis.max}) must be greater than min (${axis.min})`);
    }
  }
  if (chart.highlight !== undefined && !listed.has(chart.highlight)) {
    say('highlight', `highlight "${chart.highlight}" is not one of this chart's figures`);
  }
  // Only a facetable type (interval, dot-log) draws a band (an axis) per unit; elsewhere facet_by is an error.
  const faceted = chart.facet_by === 'unit' && FACETABLE.includes(chart.type);
  if (chart.facet_by && !faceted) {
    say('facet_by', `"facet_by" is for ${FACETABLE.join(' and ')} charts, not "${chart.type}"`);
  }
  const rules = CHART_RULES[chart.type];
  const mixable = rules.mixableUnits;
  let bad: string[] = [];
  if (mixable) bad = [...units].filter((u) => !(mixable as readonly string[]).includes(u));
  else if (!faceted && units.size > 1) bad = [...units];
  if (bad.length) say('figures', `incompatible units on one axis: ${[...units].join(', ')}`);
  const required = rules.requires ?? [];
  if (required.some((field) => !chart[field])) {
    const fields = required.map((field) => `"${field}"`).join(' and ');
    say(required[0] ?? 'type', `a ${chart.type} chart needs ${fields}`);
  }
  const { orphans } = splitLabels(chart, found);
  // A label's mark may be a figure whose row has an error of its own: then the label is not an orphan.
  const incomplete = chart.figures.some((id) => failed.has(id));
  for (const f of incomplete ? [] : orphans) {
    const j = chart.figures.indexOf(f.id);
    say(`figures.${j}`, `label "${f.id}" (unit ${f.unit}) matches no mark with subject "${f.subject_en}"`);
  }
}
