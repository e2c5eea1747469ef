import { GALLERY_PER_TOPIC } from '$lib/charts/views';
import { langOf } from '$lib/i18n';
import { deckSlides } from '$lib/present/deckSlides';
import { dataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const d = dataset();
  const lang = langOf(params.lang);
  // The charts in file order (the curator's order), at most GALLERY_PER_TOPIC of a topic: a deck of
  // thousands of slides would be megabytes of SVG that nobody presents.
  const seen = new Map<string, number>();
  const defs = d.charts.filter((c) => {
    const n = (seen.get(c.topic) ?? 0) + 1;
    seen.set(c.topic, n);
    return n <= GALLERY_PER_TOPIC;
  });
  return {
    lang,
    // Each chart, or each part of a chart too tall to read on one slide, with its layout for the stage
    // (the layout the browser keeps: see setFixedLayout).
    slides: deckSlides(d, defs, lang),
    charts: defs.length,
    total: d.charts.length,
    perTopic: GALLERY_PER_TOPIC
  };
};

export const entries: EntryGenerator = () => [{}, { lang: 'en' }];
