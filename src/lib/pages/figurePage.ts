import { datasetIndex } from '../data/datasetIndex';
import { relatedFigures } from '../data/relatedFigures';
import type { Dataset } from '../data/dataset';
import { FIGURE_PREVIEW, figureImagePath } from '../export/chartImages';
import { imagesBuilt } from '../export/imagesBuilt';
import { linkPreview, type LinkPreview } from '../export/linkPreview';
import { describeComparator, describeValue } from '../format';
import { langPath, pick, t } from '../i18n';
import { quoteInContext, sourceLine, sourceName, textFragmentUrl, type QuoteContext } from '../provenance';
import type { Article, Figure, Lang } from '../schema';
import { figureCheck, type FigureCheck } from '../verify';
import { chartsForFigure, type FigureCharts } from './chartsForFigure';

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
  /** The figure against its primary record; null when it has none. */
  check: FigureCheck | null;
  charts: FigureCharts;
  preview: LinkPreview | null;
  /** The page shows a chart or the downloads: the root layout links the enhancement script (src/lib/enhance). */
  enhance: boolean;
};

/**
 * Everything a figure page shows, shaped on the server so the page only lays it out. `images` says whether
 * the build makes the figure's preview image (CITED_FIGURES_IMAGES).
 */
export function figurePage(
  d: Dataset,
  id: string,
  lang: Lang,
  { images = imagesBuilt() }: { images?: boolean } = {}
): FigurePage | null {
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
      subject: pick(f, 'subject', lang),
      metric: pick(f, 'metric', lang),
      value: describeValue(f, lang),
      article: a ? pick(a, 'label', lang) : f.article_id
    };
  };
  const related = relatedFigures(figure, ix);
  const value = describeValue(figure, lang);
  const source = sourceLine([figure], articles, lang);
  const charts = chartsForFigure(d, id, lang);
  return {
    figure,
    article,
    value,
    qualifier: describeComparator(figure.comparator, lang),
    context: quoteInContext(raw, figure.quote_start, figure.quote_end),
    fragmentUrl: article.url ? textFragmentUrl(article.url, raw, figure.quote_start, figure.quote_end) : null,
    source,
    attributedTo:
      figure.attributed_to === 'unattributed'
        ? t(lang).chartUi.unattributed
        : sourceName(figure.attributed_to, lang),
    outlet: outletName(article, lang),
    sameClaim: related.sameClaim.map(link),
    sameArticle: related.sameArticle.map(link),
    check: figureCheck(d, id, lang),
    charts,
    // The preview image is the figure's first chart with the figure highlighted (figures in no chart have none).
    preview: figurePreview(figure, value, source, charts.preview, lang, images),
    enhance: charts.preview !== null
  };
}

function figurePreview(
  f: Figure,
  value: string,
  source: string,
  chart: FigureCharts['preview'],
  lang: Lang,
  images: boolean
): LinkPreview | null {
  const { punct } = t(lang);
  return linkPreview({
    lang,
    path: langPath(lang, `/figures/${f.id}`),
    title: `${pick(f, 'subject', lang)} · ${pick(f, 'metric', lang)}${punct.colon}${value}`,
    description: `“${f.quote}” ${source}`,
    siteName: t(lang).site,
    image:
      chart && images
        ? {
            path: figureImagePath(lang, f.id),
            ...FIGURE_PREVIEW,
            alt: `${chart.title}${punct.period}${chart.summary}`
          }
        : null
  });
}

/** "36氪（微信公众号“东针”）": the outlet, then the platform it was published on, each named for the page's language. */
function outletName(a: Article, lang: Lang): string {
  const outlet = a.outlet ? sourceName(a.outlet, lang) : '';
  const platform = a.platform ? sourceName(a.platform, lang) : '';
  if (!platform) return outlet;
  if (!outlet) return platform;
  return `${outlet}${t(lang).punct.paren(platform)}`;
}
