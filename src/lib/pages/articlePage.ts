import { articleSegments, type Segment } from '../data/articleSpans';
import { datasetIndex } from '../data/datasetIndex';
import { rawToNormalized } from '../data/rawToNormalized';
import type { Dataset } from '../data/dataset';
import { describeValue } from '../format';
import { pick, t } from '../i18n';
import { normalizeText } from '../normalize';
import type { Article, Lang, Verdict } from '../schema';
import { articleReliability, type Reliability } from '../verify/articleReliability';
import { VERDICT_SIGNS, VERDICT_WORDS } from '../verify/verdictWords';

/** A figure as the article page lists it and labels its quote: the value, and its verdict in a sign and words. */
export type ArticleFigure = {
  id: string;
  subject: string;
  value: string;
  start: number;
  verdict: Verdict | null;
  /** ✓ ◐ ◆ ? –, the sign the chip after a quote carries (◆ as on charts: the record differs). */
  sign: string;
  /** The verdict in words; '' when the figure has no record row. */
  verdictText: string;
  /** The chip after the quote: the value and the verdict's sign. */
  chip: string;
  /** The chip's accessible name and title: subject, value and verdict in words. */
  name: string;
  /** "subject: value", as the figure list names it. */
  said: string;
};

export type ArticlePage = {
  article: Article;
  /** The article's label in the page's language. */
  label: string;
  /** The outlet, with the platform it appeared on in parentheses; "unknown" when the outlet is. */
  outlet: string;
  /** The raw text cut into segments, quotes marked; offsets are raw offsets. */
  raw: Segment[];
  /** The readable view (pinyin stripped, simplified script), quotes marked; null when it equals the raw text. */
  normalized: Segment[] | null;
  figures: ArticleFigure[];
  /** How this article's figures fared against their records. */
  reliability: Reliability;
};

/** The article page: its text with every figure's quote marked, and the figure list in reading order. */
export function articlePage(d: Dataset, id: string, lang: Lang): ArticlePage | null {
  const ix = datasetIndex(d);
  const article = ix.articles.get(id);
  const raw = article && d.texts[article.id];
  if (!article || raw === undefined) return null;
  const figures = [...(ix.byArticle.get(id) ?? [])].sort(
    (a, b) => a.quote_start - b.quote_start || a.id.localeCompare(b.id)
  );
  const norm = normalizeText(raw);
  const normalized =
    norm.text === raw
      ? null
      : articleSegments(
          norm.text,
          figures.map((f) => ({
            id: f.id,
            quote_start: rawToNormalized(norm, f.quote_start, 'start'),
            quote_end: rawToNormalized(norm, f.quote_end, 'end')
          }))
        );
  const { punct, unknown } = t(lang);
  return {
    article,
    label: pick(article, 'label', lang),
    outlet: `${article.outlet || unknown}${article.platform ? punct.paren(article.platform) : ''}`,
    reliability: articleReliability(id, figures, ix.records, lang),
    raw: articleSegments(raw, figures),
    normalized,
    figures: figures.map((f): ArticleFigure => {
      const verdict = ix.records.get(f.id)?.verdict ?? null;
      const subject = pick(f, 'subject', lang);
      const value = describeValue(f, lang);
      const sign = verdict ? VERDICT_SIGNS[verdict] : '';
      const verdictText = verdict ? VERDICT_WORDS[lang][verdict] : '';
      const said = `${subject}${t(lang).punct.colon}${value}`;
      const judged = verdictText ? t(lang).punct.aside(verdictText) : '';
      return {
        id: f.id,
        subject,
        value,
        start: f.quote_start,
        verdict,
        sign,
        verdictText,
        chip: sign ? `${value} ${sign}` : value,
        name: `${said}${judged}`,
        said
      };
    })
  };
}
