import type { Lang } from '../schema';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' '
);
const SEASONS: Record<string, [string, string]> = {
  spring: ['春', 'spring'],
  summer: ['夏', 'summer'],
  autumn: ['秋', 'autumn'],
  winter: ['冬', 'winter']
};

/**
 * A partial date in words, no more precise than the article was: "2018年秋", "second half of 2024",
 * "23 July (year not stated)".
 */
export function formatPartialDate(d: string, lang: Lang): string {
  const zh = lang === 'zh';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\/(\d{4})$/.exec(d))) return zh ? `${m[1]}至${m[2]}年` : `${m[1]}–${m[2]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(d))) {
    if (zh) return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
    return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  }
  if ((m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(d))) {
    const [cn, en] = SEASONS[m[2] ?? ''] ?? ['', ''];
    return zh ? `${m[1]}年${cn}` : `${en} ${m[1]}`;
  }
  if ((m = /^(\d{4})?(?:--)?-?(\d{2})?(?:-(\d{2}))?$/.exec(d.startsWith('--') ? d.slice(1) : d))) {
    const [, year, month, day] = m;
    const mo = month ? Number(month) : 0;
    const dd = day ? Number(day) : 0;
    const noYear = zh ? '(年份未说明)' : ' (year not stated)';
    if (zh)
      return `${year ? `${year}年` : ''}${mo ? `${mo}月` : ''}${dd ? `${dd}日` : ''}${year ? '' : noYear}`;
    const parts = [dd ? String(dd) : '', mo ? (MONTHS[mo - 1] ?? '') : '', year ?? ''].filter(Boolean);
    return `${parts.join(' ')}${year ? '' : noYear}`;
  }
  return d;
}
