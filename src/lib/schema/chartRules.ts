import type { ChartType, Unit } from './vocab';

/**
 * What the validator (src/lib/data/chartIssues.ts) asks of each chart type, stated as facts rather than code:
 * the validator lies below the chart kit and may not import it, and a Record over every type means a new type
 * does not compile until its rules are stated. `facetable`: figures of different units may go to separate
 * bands (`facet_by: "unit"`); `mixableUnits`: units the type places on one axis together (every other chart
 * needs a single unit); `requires`: fields a chart of the type must set. A module of its own beside the
 * vocabulary, so a page's JavaScript that imports the vocabulary does not carry the rules.
 */
export const CHART_RULES: Record<
  ChartType,
  {
    facetable: boolean;
    mixableUnits?: readonly Unit[];
    requires?: readonly ('group_by' | 'series_by')[];
  }
> = {
  bar: { facetable: false },
  'grouped-bar': { facetable: false, requires: ['group_by', 'series_by'] },
  interval: { facetable: true },
  'dot-log': { facetable: true },
  timeline: { facetable: false, mixableUnits: ['date', 'year', 'years', 'months'] }
};
export type ChartRules = (typeof CHART_RULES)[ChartType];
