/** The sentence and the clause that hold [start, end) of a text, with the sentence's offset. */
export function clauseAround(
  text: string,
  start: number,
  end: number
): { sentence: string; sentenceStart: number; before: string; after: string } {
  const stop = /[。！？!?\n]/;
  let s = start;
  while (s > 0 && !stop.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e] ?? '')) e++;
  const soft = /[，,；;：:、（）()“”]/;
  let cs = start;
  while (cs > s && !soft.test(text[cs - 1] ?? '')) cs--;
  let ce = end;
  while (ce < e && !soft.test(text[ce] ?? '')) ce++;
  return {
    sentence: text.slice(s, e),
    sentenceStart: s,
    before: text.slice(cs, start),
    after: text.slice(end, ce)
  };
}

const LEAD = /^(?:其中|而|同时|此外|另外|并且|但|不过|以及|和|与|及|在|截至|截止)+/;
const TRAIL =
  /(?:以|为|达到|达|约|近|将近|超过|超|逾|占据|占比|占|是|的|共|有|增长|下降|提升|实现|录得|拿下|获得|高达|仅|约为|分别为|分别|排名|位居)+$/;

/** What the words before a number say it is about, as the article wrote it (阿里云以25.8% → 阿里云). */
export function subjectFromClause(before: string): string {
  return before.replace(LEAD, '').replace(TRAIL, '').trim();
}

/** What the words after a number say is measured (25.8%的份额 → 份额), up to the clause's end. */
export function metricFromClause(after: string): string {
  return after
    .replace(/^(?:的|之|左右|上下|以上|以下|多)+/, '')
    .replace(/(?:位居|排名|居|，).*$/, '')
    .trim();
}

/** The clause around a number as offsets: the quote the desk proposes before the curator grows or shrinks it. */
export function clauseSpan(text: string, start: number, end: number): [number, number] {
  const { before, after } = clauseAround(text, start, end);
  return [start - before.length, end + after.length];
}
