import { chartsByTopic } from '$lib/charts/views';
import { summarize } from '$lib/data/summarize';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const lang = langOf(params.lang);
  return {
    summary: summarize(d),
    // Every chart of the curated data; a synthetic corpus of thousands is capped per topic.
    chartGroups: chartsByTopic(d, lang, 6),
    articles: d.articles.map((a) => ({
      id: a.id,
      label: lang === 'zh' ? a.label_zh : a.label_en,
      outlet: a.outlet,
      published: a.published
    }))
  };
};
