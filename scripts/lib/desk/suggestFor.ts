import { recognize, type Mention } from '../../../src/lib/quantity';
import type { Figure } from '../../../src/lib/schema';
import { attributionIn } from './attributionIn';
import { clauseAround, metricFromClause, subjectFromClause } from './clauseAround';
import { topicForUnit, type SuggestIndex } from './suggestIndex';

/** One suggestion: the value, its English where the dataset has one, and where it was read. */
export type Option = { zh: string; en: string; from: 'text' | 'dataset' };
export type ClaimLink = {
  id: string;
  article_id: string;
  claim_id: string;
  value: number | null;
  unit: string;
  quote: string;
  relation: 'corroborates' | 'conflicts';
};

export type Suggestions = {
  subject: Option[];
  metric: Option[];
  topic: string[];
  attributed_to: string[];
  /** Partial dates named in the sentence before the number (2025年上半年 → 2025-H1). */
  period: { value: string; precision: string; text: string }[];
  claims: ClaimLink[];
};

/**
 * The suggestions for one mention, computed when the curator reaches it (never for the whole article up
 * front): the sentence around the number, the dataset's known subjects and metrics in it, its source, the
 * dates it names, and figures of other articles that may be the same claim.
 */
export function suggestFor(
  ix: SuggestIndex,
  articleId: string,
  text: string,
  m: Mention,
  published: string
): Suggestions {
  const { sentence, sentenceStart, before, after } = clauseAround(text, m.start, m.end);
  const at = m.start - sentenceStart;
  // The paragraph up to the number: a metric, source or period named once at its start covers what follows.
  const paraStart = text.lastIndexOf('\n', m.start) + 1;
  const lead = text.slice(paraStart, m.start);
  const unit = m.unit ?? '';
  const subject: Option[] = ix
    .subjectsIn(sentence, at)
    .map((t) => ({ zh: t.zh, en: ix.english('subject', t.zh), from: 'dataset' as const }));
  const fromClause = subjectFromClause(before);
  if (fromClause && !subject.some((o) => o.zh === fromClause))
    subject.push({ zh: fromClause, en: ix.english('subject', fromClause), from: 'text' });
  const similar = ix.metricsLike(lead + sentence.slice(at), unit);
  const metric: Option[] = similar.map((t) => ({
    zh: t.zh,
    en: ix.english('metric', t.zh),
    from: 'dataset' as const
  }));
  const metricText = metricFromClause(after);
  if (metricText && !metric.some((o) => o.zh === metricText))
    metric.push({ zh: metricText, en: ix.english('metric', metricText), from: 'text' });

  const topics = new Map<string, number>();
  for (const t of similar.slice(0, 3)) for (const [k, n] of t.topics) topics.set(k, (topics.get(k) ?? 0) + n);
  const topic = [...topics].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const byUnit = topicForUnit(m.unit);
  if (byUnit && !topic.includes(byUnit)) topic.push(byUnit);

  const named = [...attributionIn(sentence), ...attributionIn(lead)];
  const attributed_to = [...new Set(named.map((w) => ix.sourceFor(w)))];
  attributed_to.push('unattributed');

  const period = recognize(lead, published ? { published } : {})
    .filter((d) => d.date && (d.kind === 'date' || d.kind === 'period' || d.kind === 'year'))
    .reverse()
    .map((d) => ({ value: d.date ?? '', precision: d.precision ?? '', text: d.text }));

  const best = (o: Option[]) => o[0]?.zh ?? '';
  const claims = ix
    .claims(articleId, best(subject), best(metric), period[0]?.value ?? '', m.value, unit)
    .map((f: Figure) => ({
      id: f.id,
      article_id: f.article_id,
      claim_id: f.claim_id,
      value: f.value,
      unit: f.unit,
      quote: f.quote,
      relation:
        f.value === m.value && f.unit === unit && f.comparator === m.comparator
          ? ('corroborates' as const)
          : ('conflicts' as const)
    }));
  return { subject, metric, topic, attributed_to, period, claims };
}
