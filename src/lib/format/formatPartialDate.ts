import type { Lang } from '../schema';
import { parsePartialDate, type Season } from './partialDate';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' '
);
const SEASONS: Record<Season, [string, string]> = {
  spring: ['春', 'spring'],
  summer: ['夏', 'summer'],
  autumn: ['秋', 'autumn'],
  winter: ['冬', 'winter']
};

/**
 * A partial date in words, no more precise than the article was: "2018年秋", "second half of 2024",
 * "23 July (year not stated)". Text that is not a partial date is returned unchanged.
 */
export function formatPartialDate(d: string, lang: Lang): string {
  const p = parsePartialDate(d);
  if (!p) return d;
  const zh = lang === 'zh';
  switch (p.kind) {
    case 'years':
      return zh ? `${p.from}至${p.to}年` : `${p.from}–${p.to}`;
    case 'half':
      return zh
        ? `${p.year}年${p.half === 1 ? '上' : '下'}半年`
        : `${p.half === 1 ? 'first' : 'second'} half of ${p.year}`;
    case 'season':
      return zh ? `${p.year}年${SEASONS[p.season][0]}` : `${SEASONS[p.season][1]} ${p.year}`;
    case 'year':
      return zh ? `${p.year}年` : String(p.year);
    case 'month':
      return zh ? `${p.year}年${p.month}月` : `${MONTHS[p.month - 1]} ${p.year}`;
    case 'day':
      return zh ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
    case 'no-year': {
      if (zh) return `${p.month}月${p.day ? `${p.day}日` : ''}（年份未说明）`;
      return `${p.day ? `${p.day} ` : ''}${MONTHS[p.month - 1]} (year not stated)`;
    }
  }
}
