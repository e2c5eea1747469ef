import { summarize } from '$lib/data/summarize';
import { langOf } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const lang = langOf(params.lang);
  const counts = new Map(summarize(d).byArticle.map((a) => [a.id, a.count]));
  return {
    articles: d.articles.map((a) => ({
      id: a.id,
      label: lang === 'zh' ? a.label_zh : a.label_en,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      script: a.script,
      figures: counts.get(a.id) ?? 0
    }))
  };
};
