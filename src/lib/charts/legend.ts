import { t } from '../i18n';
import { recognize } from '../quantity';
import type { Lang } from '../schema';
import { kindOf } from './registry';
import { modelRows } from './rows';
import type { ChartMark, ChartModel, Glyph, LegendItem } from './types';

const GLYPH_ORDER: Glyph[] = ['solid', 'hollow', 'lower', 'upper', 'range'];

/**
 * The legend of a chart: only the kinds of mark it uses, in a fixed order, in the chart's language.
 * Bars and points get their own drawings; a grouped chart lists its series; a timeline its precisions (each
 * type's own entries are its kind's, charts/<type>/); marks in conflict or whose record differs come last.
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

  const items = kindOf(model).legend(model, { ui, glyphs: glyphItems, highlight: highlightItem });
  const all = modelRows(model);
  if (all.some((m) => m.status === 'conflicting')) {
    items.push({ key: 'conflicting', label: ui.legendConflicting, shape: 'point' });
  }
  if (all.some((m) => m.recordDiffers)) {
    items.push({ key: 'record-differs', label: ui.legendRecordDiffers, shape: 'point' });
  }
  return items;
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
