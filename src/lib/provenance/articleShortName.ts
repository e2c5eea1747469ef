import type { Article, Lang } from '../schema';
import { pick, t } from '../i18n';

/**
 * An article named in a few words, to tell apart two chart rows that cite the same figure from different
 * articles: the source its label ends with ("Dongzhen via 36Kr", "东针/36氪"), else its label in title marks.
 * Built from the curated label only, so it never names an outlet the data does not.
 */
export function articleShortName(a: Article, lang: Lang): string {
  const label = pick(a, 'label', lang).trim();
  const { cite } = t(lang);
  return cite.labelTail.exec(label)?.[1] || cite.work(label);
}
