import { describeComparator, describeValue } from '../format';
import { t } from '../i18n';
import {
  quoteInContext,
  sourceLine,
  sourceName,
  textFragmentUrl,
  type QuoteContext
} from '../provenance';
import type { Article, Figure, Lang } from '../schema';
import { datasetIndex } from './datasetIndex';
import { relatedFigures } from './relatedFigures';
import type { Dataset } from './validateDataset';

export type RelatedLink = { id: string; subject: string; metric: string; value: string; article: string };

export type FigurePage = {
  figure: Figure;
  article: Article;
  value: string;
  qualifier: string;
  context: QuoteContext;
  /** Opens the original page at the quote; null when the article's URL is unknown. */
  fragmentUrl: string | null;
  source: string;
  /** Who the article says the figure comes from, named in the page's language (no English on a zh page). */
  attributedTo: string;
  /** The outlet and platform, in the page's language; empty when the data names neither. */
  outlet: string;
  sameClaim: RelatedLink[];
  sameArticle: RelatedLink[];
};

/** Everything a figure page shows, shaped on the server so the page only lays it out. */
export function figurePage(d: Dataset, id: string, lang: Lang): FigurePage | null {
  const ix = datasetIndex(d);
  const figure = ix.figures.get(id);
  const article = figure && ix.articles.get(figure.article_id);
  const raw = article && d.texts[article.id];
  if (!figure || !article || raw === undefined) return null;
  const articles = ix.articles;
  const link = (f: Figure): RelatedLink => {
    const a = articles.get(f.article_id);
    return {
      id: f.id,
      subject: lang === 'zh' ? f.subject_zh : f.subject_en,
      metric: lang === 'zh' ? f.metric_zh : f.metric_en,
      value: describeValue(f, lang),
      article: a ? (lang === 'zh' ? a.label_zh : a.label_en) : f.article_id
    };
  };
  const related = relatedFigures(figure, ix);
  return {
    figure,
    article,
    value: describeValue(figure, lang),
    qualifier: describeComparator(figure.comparator, lang),
    context: quoteInContext(raw, figure.quote_start, figure.quote_end),
    fragmentUrl: article.url ? textFragmentUrl(article.url, raw, figure.quote_start, figure.quote_end) : null,
    source: sourceLine([figure], articles, lang),
    attributedTo:
      figure.attributed_to === 'unattributed'
        ? t(lang).chartUi.unattributed
        : sourceName(figure.attributed_to, lang),
    outlet: outletName(article, lang),
    sameClaim: related.sameClaim.map(link),
    sameArticle: related.sameArticle.map(link)
  };
}

/** "36氪（微信公众号“东针”）": the outlet, then the platform it was published on, each named for the page's language. */
function outletName(a: Article, lang: Lang): string {
  const outlet = a.outlet ? sourceName(a.outlet, lang) : '';
  const platform = a.platform ? sourceName(a.platform, lang) : '';
  if (!platform) return outlet;
  if (!outlet) return platform;
  return lang === 'zh' ? `${outlet}（${platform}）` : `${outlet} (${platform})`;
}
