import type { Article, Lang } from '../schema';
import { pick } from '../i18n';

/**
 * How an article is named in a source line: its label, then outlet and date where the data has them.
 * Unknown outlet or date is said, not hidden, so a reader sees what is missing.
 */
export function citeArticle(a: Article, lang: Lang): string {
  const label = pick(a, 'label', lang);
  const unknown = lang === 'zh' ? '未知' : 'unknown';
  const outlet = a.outlet || (lang === 'zh' ? `媒体${unknown}` : `outlet ${unknown}`);
  const date = a.published || (lang === 'zh' ? `日期${unknown}` : `date ${unknown}`);
  return lang === 'zh' ? `《${label}》（${outlet}，${date}）` : `“${label}” (${outlet}, ${date})`;
}
