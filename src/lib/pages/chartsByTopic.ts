import type { ChartView } from '../charts/types';
import { localHref, t } from '../i18n';
import { TOPICS, type ChartDef, type Lang, type Topic } from '../schema';
import { chartView, compactView, type ChartData } from './chartView';

/**
 * How many charts of a topic the chart index and the slide deck draw. Every chart of the curated corpus
 * fits; a synthetic corpus of thousands gets the first twelve per topic drawn and the rest listed.
 */
export const GALLERY_PER_TOPIC = 12;

/** A chart as a line in an index: enough to find it and open it, nothing drawn. */
export type ChartLink = { id: string; href: string; title: string; type: ChartDef['type']; figures: number };

export type TopicCharts = {
  topic: Topic;
  name: string;
  /** The first `perTopic` charts of the topic, shaped to be drawn. */
  charts: ChartView[];
  /** The topic's other charts as links, when asked for (an index); otherwise empty. */
  more: ChartLink[];
  total: number;
};

/**
 * Every chart, grouped by topic in the site's topic order; topics without charts are left out. `perTopic`
 * caps how many charts of a topic are shaped (a page drawing thousands of charts would weigh megabytes and
 * take seconds to render); `listRest` lists the others as links; `total` says how many there are.
 */
export function chartsByTopic(
  d: ChartData,
  lang: Lang,
  { perTopic = Infinity, listRest = false }: { perTopic?: number; listRest?: boolean } = {}
): TopicCharts[] {
  const names = t(lang).topicNames;
  return TOPICS.map((topic) => {
    const defs = d.charts.filter((c) => c.topic === topic);
    const rest = listRest ? defs.slice(perTopic) : [];
    return {
      topic,
      name: names[topic],
      charts: defs.slice(0, perTopic).map((c) => compactView(chartView(d, c, lang))),
      more: rest.map((c) => ({
        id: c.id,
        href: localHref(lang, `/charts/${c.id}`),
        title: c.title[lang],
        type: c.type,
        figures: c.figures.length
      })),
      total: defs.length
    };
  }).filter((g) => g.total > 0);
}

/**
 * The charts in file order (the curator's order), at most `perTopic` of a topic: what the slide deck
 * shows, with the same cap as the chart index (a deck of thousands of slides would be megabytes of SVG
 * that nobody presents).
 */
export function firstPerTopic(charts: readonly ChartDef[], perTopic: number): ChartDef[] {
  const seen = new Map<Topic, number>();
  return charts.filter((c) => {
    const n = (seen.get(c.topic) ?? 0) + 1;
    seen.set(c.topic, n);
    return n <= perTopic;
  });
}

/** The /charts page: every topic's first GALLERY_PER_TOPIC charts drawn, the rest listed as links. */
export function chartsIndex(d: ChartData, lang: Lang): { groups: TopicCharts[]; enhance: boolean } {
  const groups = chartsByTopic(d, lang, { perTopic: GALLERY_PER_TOPIC, listRest: true });
  // The charts drawn link the enhancement script (their tooltips); an index of links alone needs none.
  return { groups, enhance: groups.some((g) => g.charts.length > 0) };
}
