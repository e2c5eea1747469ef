import { UNIT_CLASS, type Figure } from '../../src/lib/schema';

const DIGITS = /\d+(?:\.\d+)?/g;
const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/g;
/** Quantities whose digits can be scaled: shares, money, counts and ratios (not durations, ranks or dates). */
const SCALABLE = new Set(['share', 'money', 'count', 'ratio']);

/**
 * A synthetic variant of a figure: the Arabic numbers in its quote scaled by `factor` (years shifted by
 * `years` instead), and value/low/high changed by exactly the same ratio as the number they were read from,
 * so the varied quote still states the varied figure. Chinese numerals are left as they are.
 */
export function varyQuote(
  f: Figure,
  factor: number,
  years: number
): Pick<Figure, 'quote' | 'value' | 'low' | 'high' | 'date'> {
  if (f.unit === 'year' || f.unit === 'date') {
    const shift = (s: string) => s.replace(YEAR, (y) => String(Number(y) + years));
    return {
      quote: shift(f.quote),
      value: f.value === null ? null : f.value + years,
      low: f.low,
      high: f.high,
      date: shift(f.date)
    };
  }
  if (!SCALABLE.has(UNIT_CLASS[f.unit]))
    return { quote: f.quote, value: f.value, low: f.low, high: f.high, date: f.date };
  const ratios = new Map<number, number>();
  const quote = f.quote.replace(DIGITS, (tok) => {
    const x = Number(tok);
    const decimals = tok.includes('.') ? (tok.split('.')[1]?.length ?? 0) : 0;
    const y = Number((x * factor).toFixed(decimals)) || x;
    ratios.set(x, y / x);
    return y.toFixed(decimals);
  });
  const scale = (v: number | null) => {
    if (v === null) return null;
    for (const [x, r] of ratios) {
      const p = Math.log10(v / x);
      if (Math.abs(p - Math.round(p)) < 1e-9) return Number((v * r).toPrecision(12));
    }
    return v;
  };
  return { quote, value: scale(f.value), low: scale(f.low), high: scale(f.high), date: f.date };
}
