import { t } from '../i18n';
import type { Lang } from '../schema';
import type { ChartMark, ChartModel } from './types';

/**
 * The text alternative of a chart, generated from the same marks it draws: what is largest and what
 * follows (bars), each group's values (grouped bars), every row per band (intervals), and for a timeline
 * the dated events, those without a year and the durations.
 */
export function summarizeChart(model: ChartModel, lang: Lang): string {
  const { punct, summary: say } = t(lang);
  const list = (xs: string[]) => xs.join(punct.semi);
  const end = punct.end;
  const item = (m: ChartMark) => `${m.label}${punct.colon}${m.valueText}`;
  switch (model.type) {
    case 'bar': {
      const [first, ...rest] = model.marks;
      if (!first) return '';
      if (!rest.length) return `${item(first)}${end}`;
      const others = rest.map((m) => `${m.subject}${punct.paren(m.valueText)}`);
      return say.highest(first.subject, first.valueText, others.join(punct.listSep));
    }
    case 'grouped-bar':
      return model.groups
        .map((g) => {
          const vals = g.marks.map((m) => `${m.label}${punct.join}${m.valueText}`);
          return `${g.label}${punct.colon}${vals.join(punct.listSep)}${end}`;
        })
        .join(punct.join);
    case 'interval':
    case 'dot-log':
      return model.facets
        .map((f) => {
          const head = f.title ? `${f.title}${punct.colon}` : '';
          return `${head}${list(f.marks.map(item))}${end}`;
        })
        .join(punct.join);
    case 'timeline': {
      const parts: string[] = [];
      if (model.dated.length) {
        const years = model.dated.map((m) => new Date(m.span.start).getUTCFullYear());
        const from = Math.min(...years);
        const to = Math.max(...model.dated.map((m) => new Date(m.span.end - 1).getUTCFullYear()));
        const head = say.dated(model.dated.length, from, to);
        parts.push(`${head}${list(model.dated.map(item))}${end}`);
      }
      if (model.undated.length) {
        const head = say.undated(model.undated.length);
        parts.push(`${head}${list(model.undated.map(item))}${end}`);
      }
      const durations = model.durations.flatMap((f) => f.marks);
      if (durations.length) parts.push(`${say.durations}${list(durations.map(item))}${end}`);
      return parts.join(punct.join);
    }
  }
}
