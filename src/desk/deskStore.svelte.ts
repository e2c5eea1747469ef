import { call, type FieldError } from './api';
import { chartJson } from './chartJson';
import { moveSpan, type Move } from './quoteSpan';
import { todayIso, whatToSearch } from './whatToSearch';

import type { ClaimLink, Form, MentionRow, Option, Status, Suggestions } from './deskTypes';

export type { ClaimLink, Form, MentionRow, Option, Status, Suggestions };
type ReadField = { value: string; line: number; from: string };

/** Which suggestion each field shows, and the keys that step through them. */
export const CYCLE_KEYS: Record<
  string,
  'subject' | 'metric' | 'topic' | 'attributed_to' | 'period' | 'claims'
> = {
  s: 'subject',
  m: 'metric',
  t: 'topic',
  a: 'attributed_to',
  p: 'period',
  c: 'claims'
};

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * Everything the desk holds between steps. Suggestions are fetched for a mention when it is first reached,
 * never for the whole article up front, so the review opens at once however many numbers the text has.
 */
export class DeskStore {
  lang = $state<'zh' | 'en'>('zh');
  step = $state(0);
  article = $state<{
    id: string;
    file: string;
    isNew: boolean;
    text: string;
    row: Form;
    metadata: Record<string, ReadField | undefined>;
  } | null>(null);
  mentions = $state<MentionRow[]>([]);
  status = $state<Status[]>([]);
  forms = $state<Form[]>([]);
  picks = $state<Record<string, number>[]>([]);
  suggestions = $state<(Suggestions | null)[]>([]);
  current = $state(0);
  errors = $state<FieldError[]>([]);
  vocab = $state<{
    topics: string[];
    units: string[];
    comparators: string[];
    precisions: string[];
    charts: { id: string; title: { zh: string; en: string }; type: string; topic: string }[];
  } | null>(null);
  chart = $state<{ mode: 'new' | 'existing'; existingId: string; def: Form }>({
    mode: 'new',
    existingId: '',
    def: {}
  });
  records = $state<Form[]>([]);
  saved = $state(false);
  /** Every key press and click that changed something, for the test's count of actions per figure. */
  actions = $state(0);

  async loadVocab(): Promise<void> {
    this.vocab = await call('GET', '/api/vocab');
  }

  async addArticle(body: { text?: string; base64?: string; name?: string }): Promise<boolean> {
    const r = await call<{
      id: string;
      file: string;
      isNew: boolean;
      text: string;
      row: Form;
      metadata: Record<string, ReadField>;
      mentions: MentionRow[];
    }>('POST', '/api/article', body);
    if (r.errors) {
      this.errors = r.errors;
      return false;
    }
    this.errors = [];
    this.article = { id: r.id, file: r.file, isNew: r.isNew, text: r.text, row: r.row, metadata: r.metadata };
    this.mentions = r.mentions;
    this.status = r.mentions.map(() => 'pending');
    this.forms = r.mentions.map((m) => ({
      quote_start: str(m.quote_start),
      quote_end: str(m.quote_end),
      value: str(m.value),
      low: str(m.low),
      high: str(m.high),
      comparator: m.comparator,
      unit: m.unit,
      date: m.date,
      date_precision: m.date_precision,
      subject_zh: '',
      subject_en: '',
      metric_zh: '',
      metric_en: '',
      topic: '',
      period: '',
      attributed_to: '',
      claim_id: '',
      status: 'as-cited',
      note: ''
    }));
    this.picks = r.mentions.map(() => ({}));
    this.suggestions = r.mentions.map(() => null);
    this.current = 0;
    return true;
  }

  /** Fetches the suggestions of one mention (once) and fills its empty fields with the first of each. */
  async suggest(i: number): Promise<void> {
    if (!this.article || this.suggestions[i] || !this.mentions[i]) return;
    const s = await call<Suggestions>(
      'GET',
      `/api/suggest?article=${encodeURIComponent(this.article.id)}&i=${i}`
    );
    this.suggestions[i] = s;
    for (const key of ['subject', 'metric', 'topic', 'attributed_to', 'period'] as const)
      this.take(i, key, 0, false);
  }

  /** Puts suggestion `n` of a field into the form (the English from the dataset's own pairs, else empty). */
  take(i: number, key: keyof Suggestions, n: number, counted = true): void {
    const s = this.suggestions[i];
    const f = this.forms[i];
    if (!s || !f) return;
    const list = s[key] as unknown[];
    if (!list.length) return;
    const k = ((n % list.length) + list.length) % list.length;
    const pick = this.picks[i];
    if (pick) pick[key] = k;
    if (counted) this.actions++;
    if (key === 'subject' || key === 'metric') {
      const o = s[key][k] as Option;
      f[`${key}_zh`] = o.zh;
      f[`${key}_en`] = o.en;
    } else if (key === 'period') {
      const p = s.period[k];
      if (p && f.unit !== 'date' && f.unit !== 'year') f.period = p.value;
    } else if (key === 'claims') {
      const c = s.claims[k];
      if (!c) return;
      f.claim_id = c.claim_id || c.id;
      f.status = c.relation === 'corroborates' ? 'corroborated' : 'conflicting';
      f.note =
        c.relation === 'conflicts'
          ? `Conflicts with ${c.id} (${c.article_id}): ${str(c.value)} ${c.unit}.`
          : '';
    } else f[key] = String(list[k]);
  }

  cycle(key: keyof Suggestions): void {
    const i = this.current;
    this.take(i, key, (this.picks[i]?.[key] ?? -1) + 1);
  }

  go(i: number): void {
    if (i < 0 || i >= this.mentions.length) return;
    this.current = i;
    this.actions++;
    void this.suggest(i);
  }

  /** Accepts the current mention and moves to the next one not yet decided. */
  decide(s: Status): void {
    this.status[this.current] = s;
    this.actions++;
    const next = this.status.findIndex((x, j) => j > this.current && x === 'pending');
    if (next >= 0) {
      this.current = next;
      void this.suggest(next);
    }
  }

  moveQuote(move: Move): void {
    const f = this.forms[this.current];
    if (!f || !this.article) return;
    const span = moveSpan(
      this.article.text,
      { start: Number(f.quote_start), end: Number(f.quote_end) },
      move
    );
    f.quote_start = String(span.start);
    f.quote_end = String(span.end);
    this.actions++;
  }

  get accepted(): number[] {
    return this.status.flatMap((s, i) => (s === 'accepted' ? [i] : []));
  }

  /** The figure rows of the accepted mentions, as figures.csv will hold them. */
  figureRows(): Record<string, string | number>[] {
    return this.accepted.map((i) => {
      const m = this.mentions[i] as MentionRow;
      const f = this.forms[i] as Form;
      // A select with no matching option reads as undefined: every cell is text, empty when unset.
      const cells = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v ?? '']));
      return {
        ...cells,
        id: m.id,
        primary_source_url: '',
        mention_start: m.mention_start,
        mention_end: m.mention_end
      };
    });
  }

  /** One records.csv row per accepted figure: unverified, with what to search written in. */
  ensureRecords(): void {
    // The date the row is made; read once, never reactive.
    const today = todayIso();
    this.records = this.figureRows().map(
      (f) =>
        this.records.find((r) => r.figure_id === f.id) ?? {
          figure_id: String(f.id),
          verdict: 'unverified',
          differs_in: '',
          record_publisher: '',
          record_title: '',
          record_date: '',
          record_url: '',
          record_value: '',
          record_date_value: '',
          record_quote: '',
          definition: '',
          explanation: whatToSearch(f),
          checked_on: today
        }
    );
  }

  payload() {
    this.ensureRecords();
    const c = this.chart;
    return {
      article: this.article?.id,
      articleRow: this.article?.row,
      figures: this.figureRows(),
      records: this.records,
      chart:
        c.mode === 'existing'
          ? { mode: 'existing', id: c.existingId }
          : { mode: 'new', def: chartJson(c.def) }
    };
  }

  errorsFor(target: FieldError['target'], index: number, field?: string): FieldError[] {
    return this.errors.filter(
      (e) => e.target === target && e.index === index && (field === undefined || e.field === field)
    );
  }
}
