import { t } from '../i18n';
import { recognize } from '../quantity';
import type { Lang } from '../schema';
import { modelRows } from './rows';
import type { ChartMark, ChartModel, Glyph, LegendItem, LegendKey } from './types';

const GLYPH_ORDER: Glyph[] = ['solid', 'hollow', 'lower', 'upper', 'range'];
const PRECISION_ORDER = ['day', 'month', 'season', 'half', 'year', 'years'] as const;

/**
 * The legend of a chart: only the kinds of mark it uses, in a fixed order, in the chart's language.
 * Bars and points get their own drawings; a grouped chart lists its series; a timeline its precisions.
 */
export function legendFor(model: ChartModel, lang: Lang): LegendItem[] {
  const ui = t(lang).chartUi;
  const glyphLabel: Record<Glyph, string> = {
    solid: ui.legendExact,
    hollow: ui.legendApprox,
    lower: ui.legendLower,
    upper: ui.legendUpper,
    range: ui.legendRange
  };
  const rangeLabel = (marks: readonly ChartMark[]) => {
    const example = rangeExample(marks);
    return example ? ui.legendRangeExample(example.words, example.value) : ui.legendRange;
  };
  const glyphItems = (marks: readonly ChartMark[], shape: LegendItem['shape'], skip: Glyph[] = []) => {
    const used = new Set(marks.map((m) => m.glyph));
    return GLYPH_ORDER.filter((g) => used.has(g) && !skip.includes(g)).map((g): LegendItem => ({
      key: g,
      label: g === 'range' ? rangeLabel(marks) : glyphLabel[g],
      shape
    }));
  };
  const highlightItem = (marks: readonly ChartMark[], shape: LegendItem['shape']): LegendItem[] => {
    const hi = marks.filter((m) => m.highlight);
    if (!hi.length) return [];
    return [
      {
        key: 'highlight',
        label: `${ui.legendHighlight}${t(lang).punct.colon}${hi.map((m) => m.subject).join(t(lang).punct.listSep)}`,
        shape
      }
    ];
  };

  const items = baseItems();
  const all = modelRows(model);
  if (all.some((m) => m.status === 'conflicting')) {
    items.push({ key: 'conflicting', label: ui.legendConflicting, shape: 'point' });
  }
  if (all.some((m) => m.recordDiffers)) {
    items.push({ key: 'record-differs', label: ui.legendRecordDiffers, shape: 'point' });
  }
  return items;

  function baseItems(): LegendItem[] {
    switch (model.type) {
      case 'bar':
        return [...glyphItems(model.marks, 'bar'), ...highlightItem(model.marks, 'bar')];
      case 'grouped-bar': {
        const marks = model.groups.flatMap((g) => g.marks);
        const series = model.series
          .slice(0, 4)
          .map((s, i): LegendItem => ({ key: `series-${i}` as LegendKey, label: s.label, shape: 'bar' }));
        return [...series, ...glyphItems(marks, 'bar', ['solid']), ...highlightItem(marks, 'bar')];
      }
      case 'interval':
      case 'dot-log': {
        const marks = model.facets.flatMap((f) => f.marks);
        return [...glyphItems(marks, 'point'), ...highlightItem(marks, 'point')];
      }
      case 'timeline': {
        const label: Record<(typeof PRECISION_ORDER)[number], string> = {
          day: ui.legendDay,
          month: ui.legendMonth,
          season: ui.legendSeason,
          half: ui.legendHalf,
          year: ui.legendYear,
          years: ui.legendYears
        };
        const events = [...model.dated, ...model.undated];
        const used = new Set(events.map((e) => e.span.precision));
        const items: LegendItem[] = PRECISION_ORDER.filter((p) => used.has(p)).map((p) => ({
          key: p,
          label: label[p],
          shape: p === 'day' ? 'point' : 'bar'
        }));
        if (events.some((e) => e.comparator === '~'))
          items.push({ key: 'hollow', label: ui.legendApprox, shape: 'bar' });
        if (model.undated.length) items.push({ key: 'no-year', label: ui.legendNoYear, shape: 'point' });
        const durations = model.durations.flatMap((f) => f.marks);
        const seen = new Set(items.map((i) => i.key));
        const extra = glyphItems(durations, 'point').filter((i) => !seen.has(i.key));
        return [...items, ...extra, ...highlightItem([...events, ...durations], 'point')];
      }
    }
  }
}

/**
 * The legend's example of a range, from the chart's own first range: the words of its quote that give the
 * bounds ("数十位" for 20–90 people), as the recognizer reads them, and the value as the chart writes it. None
 * when the recognizer does not find those bounds in the quote (the legend then explains ranges without one),
 * so the example is never one the chart does not contain.
 */
function rangeExample(marks: readonly ChartMark[]): { words: string; value: string } | null {
  for (const m of marks) {
    if (m.glyph !== 'range' || m.fromRecord) continue;
    // The shortest such words: "10到100倍" rather than "一個甚至兩個數(shù)量級" for the same 10–100×.
    const words = recognize(m.quote)
      .filter((x) => x.low === m.low && x.high === m.high)
      .map((x) => m.quote.slice(x.start, x.end))
      .sort((a, b) => a.length - b.length)[0];
    if (words) return { words, value: m.valueText };
  }
  return null;
}
