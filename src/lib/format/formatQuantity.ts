import type { Figure, Lang, Unit } from '../schema';
import { formatNumber } from './formatNumber';

type Affix = { before?: string; after?: string };

/** How each unit wraps a number, per language. Money keeps the article's currency. */
const AFFIXES: Record<Lang, Record<Exclude<Unit, 'date'>, Affix>> = {
  zh: {
    '%': { after: '%' },
    USD: { after: '美元' },
    CNY: { after: '元' },
    HKD: { after: '港元' },
    count: { after: '个' },
    people: { after: '人' },
    papers: { after: '篇' },
    pages: { after: '页' },
    cities: { after: '个城市' },
    projects: { after: '个项目' },
    years: { after: '年' },
    months: { after: '个月' },
    x: { after: '倍' },
    rank: { before: '第' },
    year: { after: '年' },
    EUR: { after: '欧元' },
    JPY: { after: '日元' },
    GBP: { after: '英镑' },
    CHF: { after: '瑞士法郎' },
    TWD: { after: '新台币' },
    NGN: { after: '奈拉' },
    KRW: { after: '韩元' },
    AUD: { after: '澳元' },
    CAD: { after: '加元' },
    RUB: { after: '卢布' },
    SGD: { after: '新加坡元' },
    INR: { after: '印度卢比' },
    pp: { after: '个百分点' },
    discount: { before: '原价的', after: '%' }
  },
  en: {
    '%': { after: '%' },
    USD: { before: 'US$' },
    CNY: { before: 'CN¥' },
    HKD: { before: 'HK$' },
    count: {},
    people: { after: ' people' },
    papers: { after: ' papers' },
    pages: { after: ' pages' },
    cities: { after: ' cities' },
    projects: { after: ' projects' },
    years: { after: ' years' },
    months: { after: ' months' },
    x: { after: '×' },
    rank: { before: 'No. ' },
    year: {},
    EUR: { before: '€' },
    JPY: { before: 'JP¥' },
    GBP: { before: '£' },
    CHF: { before: 'CHF ' },
    TWD: { before: 'NT$' },
    NGN: { before: '₦' },
    KRW: { before: '₩' },
    AUD: { before: 'A$' },
    CAD: { before: 'C$' },
    RUB: { after: ' roubles' },
    SGD: { before: 'S$' },
    INR: { before: '₹' },
    pp: { after: ' pp' },
    discount: { after: '% of list price' }
  }
};

/** One number with its unit: "26.1%", "US$75 million", "7500万美元", "第4", "1,800 people". */
export function formatQuantity(n: number, unit: Unit, lang: Lang): string {
  if (unit === 'date') return formatNumber(n, lang);
  const a = AFFIXES[lang][unit];
  const num = unit === 'year' ? String(n) : formatNumber(n, lang);
  return `${a.before ?? ''}${num}${a.after ?? ''}`;
}

/** Between the two ends of a range: 200至900, 200–900. */
const RANGE_SEP: Record<Lang, string> = { zh: '至', en: '–' };

/** A bare number with the unit's affix only at the end of a range: "10–100×", "200至900人". */
export function formatRange(low: number, high: number, unit: Unit, lang: Lang): string {
  if (unit === 'date') return `${formatNumber(low, lang)}–${formatNumber(high, lang)}`;
  const a = AFFIXES[lang][unit];
  const num = (n: number) => (unit === 'year' ? String(n) : formatNumber(n, lang));
  const sep = RANGE_SEP[lang];
  return `${a.before ?? ''}${num(low)}${sep}${a.before ?? ''}${num(high)}${a.after ?? ''}`;
}

export type FigureValue = Pick<Figure, 'value' | 'low' | 'high' | 'comparator' | 'unit' | 'date'>;
