import type { Article, Figure } from '../schema';
import { describeValue } from '../format';
import { siteUrl } from '../site';

const CONTEXT_CHARS = 32;

type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };

/**
 * A figure's quote as a W3C Web Annotation (JSON-LD): a TextQuoteSelector (exact text with prefix and suffix)
 * and a TextPositionSelector (the same offsets as figures.csv) on the raw article served by this site, so
 * annotation tools (Hypothesis and others) can anchor it.
 */
export function webAnnotation(figure: Figure, article: Article, raw: string) {
  const { quote_start: start, quote_end: end } = figure;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: siteUrl(`/figures/${figure.id}#annotation`),
    type: 'Annotation',
    motivation: 'describing',
    body: [
      { type: 'TextualBody', value: describeValue(figure, 'zh'), language: 'zh-Hans', format: 'text/plain' },
      { type: 'TextualBody', value: describeValue(figure, 'en'), language: 'en', format: 'text/plain' },
      { type: 'SpecificResource', source: siteUrl(`/figures/${figure.id}`), purpose: 'linking' }
    ],
    target: {
      source: siteUrl(`/data/articles/${article.file}`),
      ...(article.url ? { scope: article.url } : {}),
      selector: [
        <TextQuoteSelector>{
          type: 'TextQuoteSelector',
          exact: raw.slice(start, end),
          prefix: raw.slice(Math.max(0, start - CONTEXT_CHARS), start),
          suffix: raw.slice(end, end + CONTEXT_CHARS)
        },
        <TextPositionSelector>{ type: 'TextPositionSelector', start, end }
      ] as [TextQuoteSelector, TextPositionSelector]
    }
  };
}

/** Every figure's annotation in one W3C AnnotationCollection page. */
export function annotationCollection(
  figures: readonly Figure[],
  articles: readonly Article[],
  texts: Record<string, string>
) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = figures.flatMap((f) => {
    const a = byId.get(f.article_id);
    const raw = texts[f.article_id];
    return a && raw !== undefined ? [webAnnotation(f, a, raw)] : [];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: siteUrl('/data/annotations.jsonld'),
    type: 'AnnotationCollection',
    label: 'Cited Figures: every figure’s quote in its article',
    total: items.length,
    first: { id: siteUrl('/data/annotations.jsonld#page1'), type: 'AnnotationPage', items }
  };
}
