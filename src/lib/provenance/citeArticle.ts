import type { Article, Lang } from '../schema';
import { pick, t } from '../i18n';

/**
 * How an article is named in a source line: its label, then outlet and date where the data has them.
 * Unknown outlet or date is said, not hidden, so a reader sees what is missing.
 */
export function citeArticle(a: Article, lang: Lang): string {
  const { cite } = t(lang);
  return cite.article(
    pick(a, 'label', lang),
    a.outlet || cite.unknownOutlet,
    a.published || cite.unknownDate
  );
}
