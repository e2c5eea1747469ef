import { t } from '../i18n';
import type { Lang } from '../schema';
import { kindOf } from './registry';
import type { ChartMark, ChartModel } from './types';

/**
 * The text alternative of a chart, generated from the same marks it draws by its type (charts/<type>/): what
 * is largest and what follows (bars), each group's values (grouped bars), every row per band (intervals), and
 * for a timeline the dated events, those without a year and the durations.
 */
export function summarizeChart(model: ChartModel, lang: Lang): string {
  const { punct, summary: say } = t(lang);
  return kindOf(model).summary(model, {
    punct,
    say,
    item: (m: ChartMark) => `${m.label}${punct.colon}${m.valueText}`,
    list: (xs: string[]) => xs.join(punct.semi)
  });
}
