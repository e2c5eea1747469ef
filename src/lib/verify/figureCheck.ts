import { describeValue } from '../format';
import { recordValueText } from './recordValueText';
import { datasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import type { Lang, Verdict } from '../schema';
import { conflictsByFigure } from './conflictsByFigure';
import { claimReview, jsonLdText } from './claimReview';
import { differenceLine } from './differenceLine';
import { CONFLICT_WORDS, VERDICT_MEANINGS, VERDICT_WORDS } from './verdictWords';
import { pick, t } from '../i18n';

export type FigureCheck = {
  verdict: Verdict;
  verdictText: string;
  /** What the verdict means, for a tooltip or legend. */
  verdictMeaning: string;
  /** One line: what a `differs` or `partly` record disagrees about; null otherwise. */
  differs: string | null;
  articleSays: string;
  /** What the article says the number counts (the figure's metric). */
  articleCounts: string;
  /** What the record says, in the same words and units; null when the record gives no value. */
  recordSays: string | null;
  record: {
    publisher: string;
    title: string;
    date: string;
    url: string;
    quote: string;
    /** BCP 47 tag of the record's quote: records are quoted in Chinese or in English. */
    quoteLang: string;
    definition: string;
  };
  explanation: string;
  checkedOn: string;
  /** Disagreements with other rows of the same claim, or about the names the figure rests on. */
  conflicts: { text: string; otherFigureIds: string[] }[];
  /** schema.org ClaimReview as JSON text, or null when the verdict rests on no record. */
  claimReviewJson: string | null;
};

/** The verification panel of a figure page: the article's claim and the record side by side. */
export function figureCheck(d: Dataset, id: string, lang: Lang): FigureCheck | null {
  const ix = datasetIndex(d);
  const figure = ix.figures.get(id);
  const record = ix.records.get(id);
  const article = figure && ix.articles.get(figure.article_id);
  if (!figure || !record || !article) return null;
  const recordSays = recordValueText(record, figure.unit, lang);
  const zh = lang === 'zh';
  const kindWords = CONFLICT_WORDS[lang];
  const { punct } = t(lang);
  const mine = conflictsByFigure(d).get(id) ?? { claims: [], mentions: [] };
  const conflicts = [
    ...mine.claims.map((c) => {
      const other = c.figureIds.find((x) => x !== id) ?? '';
      const o = ix.figures.get(other);
      const where = c.crossArticle
        ? zh
          ? '另一篇文章'
          : 'another article'
        : zh
          ? '同一篇文章'
          : 'the same article';
      const quoted = o ? punct.paren(`“${o.quote}”`) : '';
      const says = o ? `${describeValue(o, lang)}${quoted}` : other;
      return {
        text: zh
          ? `${kindWords[c.kind]}：${where}写作${says}`
          : `${kindWords[c.kind]}: ${where} says ${says}`,
        otherFigureIds: [other]
      };
    }),
    ...mine.mentions.map((c) => ({
      text: `${kindWords[c.kind]}${punct.colon}${c.values.join(punct.slash)}`,
      otherFigureIds: c.figureIds.filter((x) => x !== id)
    }))
  ];
  const review = claimReview(figure, article, record, lang);
  return {
    verdict: record.verdict,
    verdictText: VERDICT_WORDS[lang][record.verdict],
    verdictMeaning: VERDICT_MEANINGS[lang][record.verdict],
    differs: differenceLine(figure, record, lang),
    articleSays: describeValue(figure, lang),
    articleCounts: pick(figure, 'metric', lang),
    recordSays,
    record: {
      publisher: record.record_publisher,
      title: record.record_title,
      date: record.record_date,
      url: record.record_url,
      quote: record.record_quote,
      quoteLang: /[\u3400-\u9fff]/.test(record.record_quote) ? 'zh' : 'en',
      definition: record.definition
    },
    explanation: record.explanation,
    checkedOn: record.checked_on,
    conflicts,
    claimReviewJson: review ? jsonLdText(review) : null
  };
}
