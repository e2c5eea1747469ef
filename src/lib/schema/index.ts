import { z } from 'zod';
import { CHART_SCALES, CHART_TYPES, COMPARATORS, DATE_PRECISIONS, STATUSES, TOPICS, UNITS } from './vocab';
import {
  curatedText,
  isoDateCell,
  offsetCell,
  optionalNumberCell,
  partialDateCell,
  precisionOf,
  slugCell,
  urlCell
} from './cells';
import { UNIT_CLASS } from './vocab';

/**
 * The one definition of every data file. Each CSV row is parsed from strings; every TypeScript type in the
 * project that describes data is inferred from here.
 */

export {
  CHART_SCALES,
  CHART_TYPES,
  COMPARATORS,
  DATE_PRECISIONS,
  DIFFERENCES,
  LANGS,
  MENTION_KINDS,
  PARTIAL_DATE,
  STATUSES,
  TOPICS,
  UNITS,
  UNIT_CLASS,
  VERDICTS,
  isCountUnit,
  isWholeUnit
} from './vocab';
export type {
  ChartScale,
  ChartType,
  Comparator,
  Difference,
  Lang,
  MentionKind,
  Topic,
  Unit,
  Verdict
} from './vocab';

/** data/articles.csv: one row per raw article file. */
export const articleRow = z.object({
  id: slugCell,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name inside data/articles/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  title: curatedText(),
  label_zh: curatedText().min(1, 'expected a short descriptive label'),
  label_en: curatedText().min(1, 'expected a short descriptive label'),
  outlet: curatedText(),
  platform: curatedText(),
  author: curatedText(),
  published: isoDateCell,
  url: urlCell,
  language: z.literal('zh', { message: 'expected "zh"' }),
  script: z.enum(['Hans', 'Hant'], { message: 'expected "Hans" or "Hant"' }),
  quality_note: curatedText()
});
export type Article = z.infer<typeof articleRow>;
export const ARTICLE_COLUMNS = Object.keys(articleRow.shape) as (keyof Article)[];

/** data/figures.csv: one row per figure an article cites. */
export const figureRow = z
  .object({
    id: slugCell,
    article_id: slugCell,
    claim_id: z.union([z.literal(''), slugCell]),
    topic: z.enum(TOPICS, { message: `expected one of ${TOPICS.join(', ')}` }),
    quote: z.string().min(1, 'expected the verbatim quote'),
    quote_start: offsetCell,
    quote_end: offsetCell,
    subject_zh: curatedText().min(1, 'expected who or what the figure is about'),
    subject_en: curatedText().min(1, 'expected who or what the figure is about'),
    metric_zh: curatedText().min(1, 'expected what is measured'),
    metric_en: curatedText().min(1, 'expected what is measured'),
    value: optionalNumberCell,
    low: optionalNumberCell,
    high: optionalNumberCell,
    comparator: z.enum(COMPARATORS, { message: `expected one of ${COMPARATORS.join(' ')}` }),
    unit: z.enum(UNITS, { message: `expected one of ${UNITS.join(' ')}` }),
    date: partialDateCell,
    date_precision: z.union([z.literal(''), z.enum(DATE_PRECISIONS)], {
      message: `expected one of ${DATE_PRECISIONS.join(', ')} or an empty cell`
    }),
    period: curatedText(),
    attributed_to: curatedText().min(1, 'expected a source or "unattributed"'),
    primary_source_url: urlCell,
    status: z.enum(STATUSES, { message: `expected one of ${STATUSES.join(', ')}` }),
    note: curatedText()
  })
  .superRefine((f, ctx) => {
    if (f.quote_end <= f.quote_start) {
      ctx.addIssue({ code: 'custom', path: ['quote_end'], message: 'expected quote_end > quote_start' });
    }
    for (const issue of comparatorIssues(f)) ctx.addIssue({ code: 'custom', ...issue });
    if (f.unit === 'date' && f.date === '') {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a figure with unit "date" needs a date' });
    }
    if (f.date !== '' && f.date_precision === '') {
      ctx.addIssue({ code: 'custom', path: ['date_precision'], message: 'a dated figure needs a precision' });
    }
    const written = f.date === '' ? '' : precisionOf(f.date);
    if (written && f.date_precision && written !== f.date_precision) {
      const message = `date "${f.date}" is written to the ${written}, not the ${f.date_precision}; make them agree`;
      ctx.addIssue({ code: 'custom', path: ['date_precision'], message });
    }
    for (const key of ['value', 'low', 'high'] as const) {
      const v = f[key];
      if (v === null) continue;
      // Things counted (people, papers, cities…) cannot be negative; a bare number ('count') can: 负三十二.
      if (UNIT_CLASS[f.unit] === 'count' && f.unit !== 'count' && v < 0) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a count of ${f.unit} cannot be negative (${v})`
        });
      }
      if (f.unit === '%' && v > 100) {
        const message = `a share cannot exceed 100% (${v}); for growth of more than 100% use unit "x" (times)`;
        ctx.addIssue({ code: 'custom', path: [key], message });
      }
    }
  });
export type Figure = z.infer<typeof figureRow>;
export const FIGURE_COLUMNS = Object.keys(figureRow.shape ?? {}) as (keyof Figure)[];

type Bounds = {
  comparator: string;
  unit: string;
  value: number | null;
  low: number | null;
  high: number | null;
};

/**
 * Which of value/low/high a comparator needs: a point (= ~) has a value; a lower bound (> >=) a low; an
 * upper bound (< <=) a high; a range both ends. Dates carry their value in `date` instead.
 */
export function comparatorIssues(f: Bounds): { path: string[]; message: string }[] {
  const need = { value: false, low: false, high: false };
  if (f.comparator === '=' || f.comparator === '~') need.value = f.unit !== 'date';
  else if (f.comparator === '>' || f.comparator === '>=') need.low = true;
  else if (f.comparator === '<' || f.comparator === '<=') need.high = true;
  else need.low = need.high = true;
  const out: { path: string[]; message: string }[] = [];
  for (const key of ['value', 'low', 'high'] as const) {
    const has = f[key] !== null;
    if (need[key] && !has) out.push({ path: [key], message: `comparator "${f.comparator}" needs ${key}` });
    if (!need[key] && has) out.push({ path: [key], message: `comparator "${f.comparator}" takes no ${key}` });
  }
  if (f.comparator === 'range' && f.low !== null && f.high !== null && !(f.low < f.high)) {
    out.push({ path: ['high'], message: 'a range needs low < high' });
  }
  return out;
}

const bilingual = { zh: curatedText().min(1), en: curatedText().min(1) };

/** One axis of a chart, per unit: its scale and, optionally, a fixed domain (e.g. 0–100 for percentages). */
export const chartAxis = z.strictObject({
  scale: z.enum(CHART_SCALES).optional(),
  min: z.number().optional(),
  max: z.number().optional()
});
export type ChartAxis = z.infer<typeof chartAxis>;

/** data/charts.json: chart definitions are data; adding a chart is a data change. */
export const chartDef = z.strictObject({
  id: slugCell,
  topic: z.enum(TOPICS),
  type: z.enum(CHART_TYPES),
  title: z.strictObject(bilingual),
  subtitle: z.strictObject(bilingual),
  /** The figures the chart shows, in order (bar charts sort by value themselves). */
  figures: z.array(slugCell).min(1, 'a chart shows at least one figure'),
  /**
   * Figures of this unit among `figures` are drawn as text beside the mark of the same subject and period
   * (e.g. a rank next to its share's bar) and never take a position on an axis.
   */
  label_unit: z.enum(UNITS).optional(),
  /** For grouped bars: which field names the group (a row of bars) and which the series (a colour). */
  group_by: z.enum(['subject', 'metric', 'period']).optional(),
  series_by: z.enum(['subject', 'metric', 'period']).optional(),
  /**
   * interval and dot-log only: one band per unit, each with its own axis, so figures in different units
   * (US$ and CN¥, papers and %) are never placed on one axis.
   */
  facet_by: z.literal('unit').optional(),
  scale: z.enum(CHART_SCALES).default('linear'),
  /** Per-unit axis options, overriding `scale` and fixing the domain where the data should not decide it. */
  axes: z.partialRecord(z.enum(UNITS), chartAxis).default({}),
  /** A figure id (one of `figures`) drawn in the highlight colour. */
  highlight: z.string().optional(),
  notes: z.array(z.strictObject(bilingual)).default([])
});
export type ChartDef = z.infer<typeof chartDef>;
export const chartsFile = z.array(chartDef);
export { recordRow, RECORD_COLUMNS, type FigureRecord } from './record';
export { mentionRow, MENTION_COLUMNS, type Mention } from './mention';
