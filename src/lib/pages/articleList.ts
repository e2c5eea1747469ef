import type { Dataset } from '../data/dataset';
import { pick } from '../i18n';
import type { Article, Lang } from '../schema';
import { summarize } from './summarize';

/** An article as the lists show it (home, /articles): its label in the page's language and its figure count. */
export type ArticleRow = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'script'> & {
  label: string;
  figures: number;
};

/** Every article in file order, as /articles lists it (home lists the first ones). */
export function articleList(
  d: Pick<Dataset, 'articles' | 'figures'>,
  lang: Lang
): { articles: ArticleRow[] } {
  const counts = new Map(summarize(d).byArticle.map((a) => [a.id, a.count]));
  return {
    articles: d.articles.map((a) => ({
      id: a.id,
      label: pick(a, 'label', lang),
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      script: a.script,
      figures: counts.get(a.id) ?? 0
    }))
  };
}
