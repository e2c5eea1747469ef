import type { ChartView } from '../charts/types';
import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { CHART_IMAGES, chartImagePath, type ChartImage } from '../export/chartImages';
import { embedSnippet, imageSnippet } from '../export/embedSnippet';
import { imagesBuilt } from '../export/imagesBuilt';
import { linkPreview, type LinkPreview } from '../export/linkPreview';
import { langPath, localHref, t } from '../i18n';
import { citeArticle, sourceName } from '../provenance';
import type { Article, Figure, Lang } from '../schema';
import { publicUrl, sitePath } from '../site';
import { chartConflicts, type ConflictNote } from './chartConflicts';
import { chartView, type ChartData } from './chartView';

export type ChartDownloadLinks = {
  chartUrl: string;
  embed: string;
  image: string;
  images: (ChartImage & { href: string; url: string })[];
};

export type ChartPageData = {
  view: ChartView;
  sources: { id: string; href: string; cite: string; url: string }[];
  attributions: string[];
  primarySources: string[];
  conflicts: ConflictNote[];
  downloads: ChartDownloadLinks;
  preview: LinkPreview | null;
  /** The page shows a chart or the downloads: the root layout links the enhancement script (src/lib/enhance). */
  enhance: boolean;
};

/**
 * A chart's page: the chart, the articles its figures are cited in, whom they are attributed to, their
 * primary sources, notes on conflicts, the downloads and the link preview. `images` says whether the build
 * makes the chart's images (CITED_FIGURES_IMAGES); without them the page names none. `only` narrows the page
 * to those of the chart's figures (a part's, chartPartPage).
 */
export function chartPage(
  d: ChartData & Partial<Pick<Dataset, 'mentions'>>,
  id: string,
  lang: Lang,
  { images = imagesBuilt(), only }: { images?: boolean; only?: readonly string[] } = {}
): ChartPageData | null {
  const ix = datasetIndex(d);
  const whole = ix.charts.get(id);
  if (!whole) return null;
  // A part of a large chart (chartPartPage): its own figures' sources, conflicts and table.
  const def = only ? { ...whole, figures: [...only] } : whole;
  const figures = def.figures.map((f) => ix.figures.get(f)).filter((f): f is Figure => f !== undefined);
  const view = chartView(d, def, lang);
  const articleIds = [...new Set(figures.map((f) => f.article_id))];
  return {
    view,
    sources: articleIds
      .map((aid) => ix.articles.get(aid))
      .filter((a): a is Article => a !== undefined)
      .map((a) => ({
        id: a.id,
        href: localHref(lang, `/articles/${a.id}`),
        cite: citeArticle(a, lang),
        url: a.url
      })),
    attributions: [...new Set(figures.map((f) => f.attributed_to))].map((a) =>
      a === 'unattributed' ? t(lang).chartUi.unattributed : sourceName(a, lang)
    ),
    primarySources: [...new Set(figures.map((f) => f.primary_source_url).filter((u) => u !== ''))],
    conflicts: chartConflicts(d, ix, figures, lang),
    ...chartLinks(view, images),
    enhance: true
  };
}

/**
 * The chart's downloads and link preview. Absolute links are made here, at build time, where the
 * configured site URL is known; without one, images print no address and the snippets are completed in the
 * browser from the address the page is read at.
 */
function chartLinks(view: ChartView, images: boolean): Pick<ChartPageData, 'downloads' | 'preview'> {
  const { lang } = view;
  const path = (i: ChartImage) => chartImagePath(lang, view.id, i);
  const preview = CHART_IMAGES.find((i) => i.suffix === '-preview');
  const period = t(lang).punct.period;
  return {
    downloads: {
      chartUrl: publicUrl(langPath(lang, `/charts/${view.id}`)),
      embed: embedSnippet(view.id, lang, view.title),
      image: imageSnippet(view.id, lang, view.title, view.source),
      images: images
        ? CHART_IMAGES.map((i) => ({ ...i, href: sitePath(path(i)), url: publicUrl(path(i)) }))
        : []
    },
    preview: linkPreview({
      lang,
      path: langPath(lang, `/charts/${view.id}`),
      title: view.title,
      description: [view.subtitle, view.source].filter(Boolean).join(period),
      siteName: t(lang).site,
      image:
        images && preview
          ? {
              path: path(preview),
              width: preview.width,
              height: preview.height,
              alt: `${view.title}${period}${view.summary}`
            }
          : null
    })
  };
}
