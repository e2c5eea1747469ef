import { describeValue } from '../format';
import type { Article, Figure, FigureRecord, Lang } from '../schema';
import { siteUrl } from '../site';
import { VERDICT_WORDS } from './verdictWords';
import { langPath, langTag, pick } from '../i18n';

/**
 * schema.org ClaimReview ratings on a 1–5 scale: 1 = false (differs), 3 = half true (partly: the number is
 * right, what it counts is not), 5 = true (matches).
 */
const RATING = { matches: 5, partly: 3, differs: 1 } as const;

/**
 * Who made the claim: the article's author when the article names one, else its outlet; omitted when the
 * article states neither (never guessed).
 */
function claimAuthor(article: Article): object | undefined {
  if (article.author) return { '@type': 'Person', name: article.author };
  if (article.outlet) return { '@type': 'Organization', name: article.outlet };
  return undefined;
}

/**
 * The schema.org ClaimReview fact-checkers publish, for a figure whose verdict rests on a record, in the
 * language of the page that carries it (its `url` is that page). Unverified and not-checkable figures get
 * none: a ClaimReview without a rating would claim more than we know.
 */
export function claimReview(
  figure: Figure,
  article: Article,
  record: FigureRecord,
  lang: Lang = 'en'
): object | null {
  if (record.verdict !== 'matches' && record.verdict !== 'partly' && record.verdict !== 'differs')
    return null;
  const author = claimAuthor(article);
  const zh = lang === 'zh';
  const subject = pick(figure, 'subject', lang);
  const metric = pick(figure, 'metric', lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: siteUrl(langPath(lang, `/figures/${figure.id}`)),
    inLanguage: langTag(lang),
    datePublished: record.checked_on,
    author: { '@type': 'Organization', name: 'Cited Figures', url: siteUrl('/') },
    claimReviewed: zh
      ? `${subject}——${metric}：${describeValue(figure, 'zh')}（“${figure.quote}”）`
      : `${subject} — ${metric}: ${describeValue(figure, 'en')} (“${figure.quote}”)`,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(article.published ? { datePublished: article.published } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: article.url || siteUrl(langPath(lang, `/articles/${article.id}`)),
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
      alternateName: VERDICT_WORDS[lang][record.verdict]
    }
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the element. */
export function jsonLdText(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
