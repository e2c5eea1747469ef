import type { DatasetIndex } from '../data/datasetIndex';
import { describeValue } from '../format';
import { localHref, pick } from '../i18n';
import type { Figure, Lang } from '../schema';

/** A figure as a line in a list: where it links, what it says and in which article. */
export type FigureRef = { id: string; href: string; label: string; value: string; article: string };

/** The figure as a list names it, in the page's language: "subject · metric", its value and its article. */
export function figureRef(f: Figure, ix: Pick<DatasetIndex, 'articles'>, lang: Lang): FigureRef {
  const a = ix.articles.get(f.article_id);
  return {
    id: f.id,
    href: localHref(lang, `/figures/${f.id}`),
    label: `${pick(f, 'subject', lang)} · ${pick(f, 'metric', lang)}`,
    value: describeValue(f, lang),
    article: a ? pick(a, 'label', lang) : f.article_id
  };
}
