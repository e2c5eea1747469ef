import type { Comparator, Lang } from '../schema';
import { formatPartialDate } from './formatPartialDate';
import { formatQuantity, formatRange, type FigureValue } from './formatQuantity';

/** The qualifier the article used, as a glyph for charts and tables. */
export const QUALIFIER_SYMBOL: Record<Comparator, string> = {
  '=': '',
  '~': '≈',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  range: '–'
};

const WORDS: Record<Lang, Record<Exclude<Comparator, '=' | 'range'>, string>> = {
  zh: { '~': '约', '>': '超过', '>=': '至少', '<': '不足', '<=': '至多' },
  en: { '~': 'about ', '>': 'more than ', '>=': 'at least ', '<': 'less than ', '<=': 'at most ' }
};

/** A figure's value in words with the article's qualifier: "约10亿美元", "more than 100 papers". */
export function describeValue(f: FigureValue, lang: Lang): string {
  if (f.unit === 'date')
    return `${f.comparator === '~' ? WORDS[lang]['~'] : ''}${formatPartialDate(f.date, lang)}`;
  if (f.comparator === 'range' && f.low !== null && f.high !== null) {
    return formatRange(f.low, f.high, f.unit, lang);
  }
  const n =
    f.comparator === '=' || f.comparator === '~' ? f.value : f.comparator.startsWith('>') ? f.low : f.high;
  if (n === null) return '';
  const q = formatQuantity(n, f.unit, lang);
  const c = f.comparator;
  return c === '=' || c === 'range' ? q : `${WORDS[lang][c]}${q}`;
}

/** The qualifier alone, for a table column: "approximate", "lower bound"… */
export function describeComparator(c: Comparator, lang: Lang): string {
  const zh: Record<Comparator, string> = {
    '=': '确数',
    '~': '约数',
    '>': '下限（超过）',
    '>=': '下限（至少）',
    '<': '上限（不足）',
    '<=': '上限（至多）',
    range: '区间'
  };
  const en: Record<Comparator, string> = {
    '=': 'exact',
    '~': 'approximate',
    '>': 'lower bound (more than)',
    '>=': 'lower bound (at least)',
    '<': 'upper bound (less than)',
    '<=': 'upper bound (at most)',
    range: 'range'
  };
  return { zh, en }[lang][c];
}
