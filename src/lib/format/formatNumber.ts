import { format } from 'd3-format';
import type { Lang } from '../schema';

const grouped = format(',');
const decimals = format(',.2~f');
const plain = format('.4~f');
const plain2 = format('.2~f');
/** Scaled numbers keep every decimal isRound() allows: US$1.134 billion is not US$1.13 billion. */
const scaled = format(',.4~f');

/**
 * A number as a reader of each language expects it: Chinese groups by 万 and 亿 (7500万, 10亿), English by
 * thousands with million/billion words. Exact integers keep every digit (34036 stays 34036).
 */
export function formatNumber(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (lang === 'zh') {
    if (abs >= 1e8 && isRound(n / 1e8)) return `${trim(n / 1e8)}亿`;
    if (abs >= 1e5 && isRound(n / 1e4)) return `${trim(n / 1e4)}万`;
    return Number.isInteger(n) ? String(n) : plain2(n);
  }
  if (abs >= 1e9 && isRound(n / 1e9)) return `${scaled(n / 1e9)} billion`;
  if (abs >= 1e6 && isRound(n / 1e6)) return `${scaled(n / 1e6)} million`;
  return Number.isInteger(n) ? grouped(n) : decimals(n);
}

/** True when a scaled number reads cleanly with at most four decimals (1.25亿 but not 1.23456亿). */
function isRound(x: number): boolean {
  return Math.abs(x * 1e4 - Math.round(x * 1e4)) < 1e-6;
}

/** Chinese writes scaled numbers without a thousands separator (7500万, not 7,500万). */
function trim(x: number): string {
  return plain(x);
}
