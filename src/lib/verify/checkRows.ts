import { describeValue } from '../format';
import { recordValueText } from './recordValueText';
import type { Dataset } from '../data/dataset';
import type { Lang, Verdict } from '../schema';
import { differenceLine } from './differenceLine';
import { VERDICT_WORDS } from './verdictWords';
import { pick } from '../i18n';

/** One row of /checks and of checks.csv: a figure, its verdict and the record behind it. */
export type CheckRow = {
  id: string;
  article: string;
  subject: string;
  metric: string;
  articleSays: string;
  recordSays: string;
  verdict: Verdict;
  verdictText: string;
  /** One line: what a `differs` or `partly` record disagrees about; '' otherwise. */
  differs: string;
  publisher: string;
  url: string;
  explanation: string;
  checkedOn: string;
};

/** Every figure's verdict, in the language of the page (and of the download). */
export function checkRows(d: Dataset, lang: Lang): CheckRow[] {
  const records = new Map(d.records.map((r) => [r.figure_id, r]));
  const label = new Map(d.articles.map((a) => [a.id, pick(a, 'label', lang)]));
  return d.figures.flatMap((f) => {
    const r = records.get(f.id);
    if (!r) return [];
    const recordSays = recordValueText(r, f.unit, lang) ?? '';
    return [
      {
        id: f.id,
        article: label.get(f.article_id) ?? f.article_id,
        subject: pick(f, 'subject', lang),
        metric: pick(f, 'metric', lang),
        articleSays: describeValue(f, lang),
        recordSays,
        verdict: r.verdict,
        verdictText: VERDICT_WORDS[lang][r.verdict],
        differs: differenceLine(f, r, lang) ?? '',
        publisher: r.record_publisher,
        url: r.record_url,
        explanation: r.explanation,
        checkedOn: r.checked_on
      }
    ];
  });
}
