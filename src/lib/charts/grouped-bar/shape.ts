import { splitLabels } from '../../schema/splitLabels';
import { formatPartialDate } from '../../format';
import { pick } from '../../i18n';
import type { ChartDef, Figure, Lang } from '../../schema';
import { PARTIAL_DATE } from '../../schema/vocab';
import { toMark, type ShapeContext } from '../marks';
import type { GroupedBarModel } from '../types';

type Field = NonNullable<ChartDef['group_by']>;

/** The key and the words of a figure's subject, metric or period, in the chart's language. */
function fieldOf(f: Figure, field: Field, lang: Lang): { key: string; label: string } {
  if (field === 'period') {
    const label = PARTIAL_DATE.test(f.period) ? formatPartialDate(f.period, lang) : f.period;
    return { key: f.period, label };
  }
  // The English words are the key in both languages, so a group is the same group on zh and en pages.
  return { key: pick(f, field, 'en'), label: pick(f, field, lang) };
}

/**
 * Grouped bars: one group per value of `group_by` (e.g. the period 2017–2022) holding one bar per value
 * of `series_by` (e.g. each country), in the order the figures are listed. Series keep their colour across
 * groups.
 */
export function shapeGroupedBar(
  def: ChartDef,
  figures: readonly Figure[],
  ctx: ShapeContext
): GroupedBarModel {
  const { marks, labels } = splitLabels(def, figures);
  const groupBy: Field = def.group_by ?? 'period';
  const seriesBy: Field = def.series_by ?? 'subject';
  const series: GroupedBarModel['series'] = [];
  const groups: GroupedBarModel['groups'] = [];
  for (const f of marks) {
    const s = fieldOf(f, seriesBy, ctx.lang);
    let si = series.findIndex((x) => x.key === s.key);
    if (si < 0) si = series.push(s) - 1;
    const g = fieldOf(f, groupBy, ctx.lang);
    let group = groups.find((x) => x.key === g.key);
    if (!group) {
      group = { ...g, marks: [] };
      groups.push(group);
    }
    const own = (labels.get(f.id) ?? []).map((l) => toMark(l, ctx, 'subject'));
    const mark = toMark(f, ctx, 'subject', own);
    group.marks.push({ ...mark, label: s.label, series: si });
  }
  const unit = marks[0]?.unit ?? 'count';
  const axis = def.axes[unit];
  return { type: 'grouped-bar', unit, min: axis?.min ?? null, max: axis?.max ?? null, series, groups };
}
