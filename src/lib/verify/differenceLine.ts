import { describeValue } from '../format';
import { UNIT_CLASS, type Figure, type FigureRecord, type Lang } from '../schema';
import { recordValueText } from './recordValueText';
import { DIFFERENCE_WORDS } from './verdictWords';
import { pick } from '../i18n';

/**
 * One line saying what a `differs` or `partly` record disagrees with the article about — the value, what is
 * counted, the unit or currency, the date or the attribution — with the two readings where both are known.
 * Null for other verdicts: there is nothing to say differs.
 */
export function differenceLine(f: Figure, r: FigureRecord, lang: Lang): string | null {
  if ((r.verdict !== 'differs' && r.verdict !== 'partly') || r.differs_in.length === 0) return null;
  const zh = lang === 'zh';
  const words = DIFFERENCE_WORDS[lang];
  const pair = (article: string, record: string | null) =>
    zh
      ? `（文章：${article}${record ? `；记录：${record}` : ''}）`
      : ` (article: ${article}${record ? `; record: ${record}` : ''})`;
  const recordSays = recordValueText(r, f.unit, lang);
  const parts = r.differs_in.map((d) => {
    switch (d) {
      case 'value':
      case 'date':
        return `${words[d]}${pair(describeValue(f, lang), recordSays)}`;
      case 'counted':
        return `${words.counted}${pair(pick(f, 'metric', lang), null)}`;
      case 'unit':
        return UNIT_CLASS[f.unit] === 'money' ? words.currency : words.unit;
      case 'attribution':
        return `${words.attribution}${pair(f.attributed_to, null)}`;
    }
  });
  return zh ? `不同之处：${parts.join('；')}。` : `What differs: ${parts.join('; ')}.`;
}
