import { describeValue } from '../format';
import type { Article, Figure, FigureRecord } from '../schema';
import { siteUrl } from '../site';
import { VERDICT_WORDS } from './verdictWords';

/** schema.org ClaimReview ratings: 1 = false (differs), 5 = true (matches), on a 1–5 scale. */
const RATING = { matches: 5, differs: 1 } as const;

/**
 * The schema.org ClaimReview fact-checkers publish, for a figure whose verdict rests on a record. Unverified
 * and not-checkable figures get none: a ClaimReview without a rating would claim more than we know.
 */
export function claimReview(figure: Figure, article: Article, record: FigureRecord): object | null {
  if (record.verdict !== 'matches' && record.verdict !== 'differs') return null;
  const author =
    figure.attributed_to === 'unattributed' ? undefined : { '@type': 'Thing', name: figure.attributed_to };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: siteUrl(`/en/figures/${figure.id}`),
    datePublished: record.checked_on,
    author: { '@type': 'Organization', name: 'Cited Figures', url: siteUrl('/') },
    claimReviewed: `${figure.subject_en} — ${figure.metric_en}: ${describeValue(figure, 'en')} (“${figure.quote}”)`,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: article.url || siteUrl(`/articles/${article.id}`),
        headline: article.title || article.label_zh,
        ...(article.published ? { datePublished: article.published } : {}),
        ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {})
      }
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[record.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_WORDS.en[record.verdict]
    }
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the element. */
export function jsonLdText(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
