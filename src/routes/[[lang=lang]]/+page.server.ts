import { chartsByTopic } from '$lib/charts/views';
import { summarize } from '$lib/data/summarize';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

const HOME_ARTICLES = 12;

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const lang = langOf(params.lang);
  const { byArticle, ...summary } = summarize(d);
  const counts = new Map(byArticle.map((a) => [a.id, a.count]));
  return {
    summary,
    // Every chart of the curated data; a synthetic corpus of thousands is capped per topic.
    chartGroups: chartsByTopic(d, lang, { perTopic: 6 }),
    // The first articles (all five of the curated corpus); /articles lists every one.
    articles: d.articles.slice(0, HOME_ARTICLES).map((a) => ({
      id: a.id,
      label: lang === 'zh' ? a.label_zh : a.label_en,
      outlet: a.outlet,
      published: a.published,
      figures: counts.get(a.id) ?? 0
    }))
  };
};
