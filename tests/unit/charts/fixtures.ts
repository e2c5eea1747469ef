import type { ShapeContext } from '../../../src/lib/charts/marks';
import type { Article, ChartDef, Figure, Lang } from '../../../src/lib/schema';

/** A figure with every field filled; tests override what they are about. */
export function fig(over: Partial<Figure> & Pick<Figure, 'id'>): Figure {
  return {
    article_id: 'a1',
    claim_id: '',
    topic: 'research',
    quote: `quote of ${over.id}`,
    quote_start: 0,
    quote_end: 5,
    subject_zh: `主体${over.id}`,
    subject_en: `Subject ${over.id}`,
    metric_zh: '指标',
    metric_en: 'Metric',
    value: 1,
    low: null,
    high: null,
    comparator: '=',
    unit: 'count',
    date: '',
    date_precision: '',
    period: '',
    attributed_to: 'unattributed',
    primary_source_url: '',
    status: 'as-cited',
    note: '',
    ...over
  };
}

export const ARTICLE: Article = {
  id: 'a1',
  file: 'a1.txt',
  sha256: '0'.repeat(64),
  title: '',
  label_zh: '文章一',
  label_en: 'Article one',
  outlet: '',
  platform: '',
  author: '',
  published: '',
  url: '',
  language: 'zh',
  script: 'Hans',
  quality_note: ''
};

/** A shaping context with plain links: /figures/id (zh) or /en/figures/id (en). */
export function ctx(lang: Lang = 'en', highlight?: string): ShapeContext {
  const prefix = lang === 'en' ? '/en' : '';
  return {
    lang,
    figureHref: (id) => `${prefix}/figures/${id}`,
    articleHref: (id) => `${prefix}/articles/${id}`,
    articles: new Map([[ARTICLE.id, ARTICLE]]),
    statusNames: { 'as-cited': 'as cited', corroborated: 'corroborated', conflicting: 'conflicting' },
    highlight
  };
}

/** A chart definition with the schema's defaults. */
export function chart(over: Partial<ChartDef> & Pick<ChartDef, 'type' | 'figures'>): ChartDef {
  return {
    id: 'test-chart',
    topic: 'research',
    title: { zh: '标题', en: 'Title' },
    subtitle: { zh: '副标题', en: 'Subtitle' },
    scale: 'linear',
    axes: {},
    notes: [],
    ...over
  };
}
