import { recognize, type Mention } from '../../src/lib/quantity';

export type Candidate = {
  id: string;
  article_id: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  comparator: string;
  unit: string;
  date: string;
  subject_zh: string;
  subject_en: string;
  metric_zh: string;
  metric_en: string;
};

/** Inputs longer than this are read in paragraph-aligned chunks, with a progress line. */
export const CHUNK = 256 * 1024;

/**
 * Candidate figure rows for a curator: every mention the recognizer finds, with its quote and raw offsets
 * already right; subject and metric left empty for the curator to write. Long texts are read paragraph by
 * paragraph in chunks so `onProgress` can report, and offsets are shifted back into the whole text.
 */
export function candidateRows(
  articleId: string,
  raw: string,
  published: string,
  onProgress: (done: number, total: number) => void = () => {}
): Candidate[] {
  const mentions: Mention[] = [];
  for (let from = 0; from < raw.length;) {
    let to = Math.min(raw.length, from + CHUNK);
    const nl = raw.indexOf('\n', to);
    to = to === raw.length || nl < 0 ? raw.length : nl + 1;
    for (const m of recognize(raw.slice(from, to), published ? { published } : {})) {
      mentions.push({ ...m, start: m.start + from, end: m.end + from });
    }
    from = to;
    onProgress(from, raw.length);
  }
  return mentions.map((m, i) => ({
    id: `${articleId}-${String(i + 1).padStart(3, '0')}`,
    article_id: articleId,
    quote: raw.slice(m.start, m.end),
    quote_start: m.start,
    quote_end: m.end,
    kind: m.kind,
    value: m.value,
    low: m.low,
    high: m.high,
    comparator: m.comparator,
    unit: m.unit ?? '',
    date: m.date ?? '',
    subject_zh: '',
    subject_en: '',
    metric_zh: '',
    metric_en: ''
  }));
}
