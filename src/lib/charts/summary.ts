import type { Lang } from '../schema';
import type { ChartMark, ChartModel } from './types';

/**
 * The text alternative of a chart, generated from the same marks it draws: what is largest and what
 * follows (bars), each group's values (grouped bars), every row per band (intervals), and for a timeline
 * the dated events, those without a year and the durations.
 */
export function summarizeChart(model: ChartModel, lang: Lang): string {
  const zh = lang === 'zh';
  const list = (xs: string[]) => xs.join(zh ? '；' : '; ');
  const end = zh ? '。' : '.';
  const item = (m: ChartMark) => (zh ? `${m.label}：${m.valueText}` : `${m.label}: ${m.valueText}`);
  switch (model.type) {
    case 'bar': {
      const [first, ...rest] = model.marks;
      if (!first) return '';
      if (!rest.length) return `${item(first)}${end}`;
      const others = rest.map((m) =>
        zh ? `${m.subject}（${m.valueText}）` : `${m.subject} (${m.valueText})`
      );
      return zh
        ? `${first.subject}最高，为${first.valueText}；其后依次为${others.join('、')}。`
        : `${first.subject} is highest at ${first.valueText}, followed by ${others.join(', ')}.`;
    }
    case 'grouped-bar':
      return model.groups
        .map((g) => {
          const vals = g.marks.map((m) => (zh ? `${m.label}${m.valueText}` : `${m.label} ${m.valueText}`));
          return zh ? `${g.label}：${vals.join('、')}。` : `${g.label}: ${vals.join(', ')}.`;
        })
        .join(zh ? '' : ' ');
    case 'interval':
    case 'dot-log':
      return model.facets
        .map((f) => {
          const head = f.title ? (zh ? `${f.title}：` : `${f.title}: `) : '';
          return `${head}${list(f.marks.map(item))}${end}`;
        })
        .join(zh ? '' : ' ');
    case 'timeline': {
      const parts: string[] = [];
      if (model.dated.length) {
        const years = model.dated.map((m) => new Date(m.span.start).getUTCFullYear());
        const from = Math.min(...years);
        const to = Math.max(...model.dated.map((m) => new Date(m.span.end - 1).getUTCFullYear()));
        const head = zh
          ? `${model.dated.length}个有年份的事件，${from}年至${to}年：`
          : `${model.dated.length} dated events, ${from} to ${to}: `;
        parts.push(`${head}${list(model.dated.map(item))}${end}`);
      }
      if (model.undated.length) {
        const head = zh
          ? `${model.undated.length}个日期没有年份：`
          : `${model.undated.length} ${model.undated.length === 1 ? 'date has' : 'dates have'} no year: `;
        parts.push(`${head}${list(model.undated.map(item))}${end}`);
      }
      const durations = model.durations.flatMap((f) => f.marks);
      if (durations.length)
        parts.push(`${zh ? '持续时间：' : 'Durations: '}${list(durations.map(item))}${end}`);
      return parts.join(zh ? '' : ' ');
    }
  }
}
