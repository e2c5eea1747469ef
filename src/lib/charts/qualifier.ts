import { QUALIFIER_SYMBOL, formatPartialDate, formatQuantity, formatRange } from '../format';
import type { Comparator, Figure, Lang } from '../schema';
import type { Glyph } from './types';

/** The qualifier is part of the encoding: which mark each comparator gets. */
export function glyphFor(c: Comparator): Glyph {
  switch (c) {
    case '=':
      return 'solid';
    case '~':
      return 'hollow';
    case '>':
    case '>=':
      return 'lower';
    case '<':
    case '<=':
      return 'upper';
    case 'range':
      return 'range';
  }
}

/** The number a single-valued mark sits at: the value, the lower bound or the upper bound. */
export function anchorValue(f: Pick<Figure, 'value' | 'low' | 'high' | 'comparator'>): number | null {
  const g = glyphFor(f.comparator);
  if (g === 'lower') return f.low;
  if (g === 'upper') return f.high;
  if (g === 'range') return f.low;
  return f.value;
}

/**
 * The value as a chart label: the qualifier's symbol (QUALIFIER_SYMBOL, the same as in tables) before the
 * number with its unit: "≈1,800 people", ">100 papers", "≥10%", "<1%", "200–900 people", "≈2012".
 */
export function valueLabel(
  f: Pick<Figure, 'value' | 'low' | 'high' | 'comparator' | 'unit' | 'date'>,
  lang: Lang
): string {
  const sym = f.comparator === 'range' ? '' : QUALIFIER_SYMBOL[f.comparator];
  if (f.date !== '' && (f.unit === 'date' || f.unit === 'year'))
    return `${sym}${formatPartialDate(f.date, lang)}`;
  if (f.comparator === 'range' && f.low !== null && f.high !== null) {
    return formatRange(f.low, f.high, f.unit, lang);
  }
  const n = anchorValue(f);
  return n === null ? '' : `${sym}${formatQuantity(n, f.unit, lang)}`;
}
