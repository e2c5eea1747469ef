import type { Dataset } from '../data/dataset';
import type { Lang } from '../schema';
import { articleList, type ArticleRow } from './articleList';
import { chartsByTopic, type TopicCharts } from './chartsByTopic';
import { summarize, type Summary } from './summarize';

/** How many articles home lists (all five of the curated corpus); /articles lists every one. */
const HOME_ARTICLES = 12;
/** How many charts of a topic home draws: every chart of the curated data; a synthetic corpus is capped. */
const HOME_PER_TOPIC = 6;

export type HomePage = {
  summary: Omit<Summary, 'byArticle'>;
  chartGroups: TopicCharts[];
  articles: Omit<ArticleRow, 'title' | 'script'>[];
  /** The page shows a chart or the downloads: the root layout links the enhancement script (src/lib/enhance). */
  enhance: boolean;
};

/** The home page: the dataset's counts, the charts by topic and the first articles. */
export function home(d: Pick<Dataset, 'articles' | 'figures' | 'charts' | 'records'>, lang: Lang): HomePage {
  const { articles, figures, sharedClaims, conflicting, byTopic } = summarize(d);
  const chartGroups = chartsByTopic(d, lang, { perTopic: HOME_PER_TOPIC });
  return {
    summary: { articles, figures, sharedClaims, conflicting, byTopic },
    chartGroups,
    enhance: chartGroups.some((g) => g.charts.length > 0),
    articles: articleList(d, lang)
      .articles.slice(0, HOME_ARTICLES)
      .map((a) => ({
        id: a.id,
        label: a.label,
        outlet: a.outlet,
        published: a.published,
        figures: a.figures
      }))
  };
}
