import type { ChartDef, Figure } from './index';

/** What a figure needs for its label to find its mark. */
type LabelFields = Pick<Figure, 'id' | 'unit' | 'article_id' | 'subject_en' | 'period'>;

/** The key that ties a label figure (a rank) to the mark it annotates (the share of the same subject). */
const labelKey = (f: LabelFields) => `${f.article_id}|${f.subject_en}|${f.period}`;

/**
 * A chart's figures split into marks (placed on an axis) and labels (figures of `label_unit`, drawn beside
 * the mark of the same subject, period and article). Orphans are labels with no mark to sit beside.
 */
export function splitLabels<F extends LabelFields>(
  chart: Pick<ChartDef, 'label_unit'>,
  figures: readonly F[]
): { marks: F[]; labels: Map<string, F[]>; orphans: F[] } {
  const marks = figures.filter((f) => f.unit !== chart.label_unit);
  const byKey = new Map(marks.map((m) => [labelKey(m), m.id]));
  const labels = new Map<string, F[]>();
  const orphans: F[] = [];
  for (const f of figures) {
    if (f.unit !== chart.label_unit) continue;
    const owner = byKey.get(labelKey(f));
    if (owner === undefined) orphans.push(f);
    else labels.set(owner, [...(labels.get(owner) ?? []), f]);
  }
  return { marks, labels, orphans };
}
