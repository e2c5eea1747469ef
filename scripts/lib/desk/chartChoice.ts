import { UNIT_CLASS, type ChartDef, type ChartType, type Figure, type Unit } from '../../../src/lib/schema';

type NewFigure = { unit: string; comparator: string; value: number | null; topic: string };

/**
 * The chart type the accepted figures' units call for: dates → timeline; bounds and ranges → interval; money
 * spread over two orders of magnitude or more → dot-log; anything else (shares, counts) → bar.
 */
export function suggestChartType(figs: readonly NewFigure[]): ChartType {
  if (figs.length && figs.every((f) => f.unit === 'date' || f.unit === 'year')) return 'timeline';
  if (figs.some((f) => f.comparator !== '=' && f.comparator !== '~')) return 'interval';
  const money = figs.filter((f) => UNIT_CLASS[f.unit as Unit] === 'money' && f.value !== null && f.value > 0);
  if (money.length >= 2) {
    const vs = money.map((f) => f.value as number);
    if (Math.max(...vs) / Math.min(...vs) >= 100) return 'dot-log';
  }
  return 'bar';
}

/** Existing charts that fit the figures: same topic and the same units first, then the same units alone. */
export function suggestCharts(
  charts: readonly ChartDef[],
  figuresById: ReadonlyMap<string, Figure>,
  figs: readonly NewFigure[]
): { id: string; title: { zh: string; en: string }; score: number }[] {
  const units = new Set(figs.map((f) => f.unit));
  const topics = new Set(figs.map((f) => f.topic));
  return charts
    .map((c) => {
      const cu = new Set(
        c.figures.map((id) => figuresById.get(id)?.unit).filter((u) => u && u !== c.label_unit)
      );
      const sameUnits = [...units].every((u) => cu.has(u as Unit));
      const score = (sameUnits ? 2 : 0) + (topics.has(c.topic) ? 1 : 0);
      return { id: c.id, title: c.title, score };
    })
    .filter((c) => c.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
