import { UNIT_CLASS, type Figure, type Topic, type Unit } from '../../../src/lib/schema';
import { NgramIndex } from './ngramIndex';

type Text = { zh: string; en: Map<string, number>; units: Set<string>; topics: Map<string, number> };

/**
 * What the desk knows of the dataset to suggest from: the distinct subjects and metrics with the English the
 * dataset already gives them (zh→en pairs, by how often), bigram indexes over both, the sources named so far,
 * and figures by subject+metric and by value+unit for claim links. Built once; every lookup is lazy.
 */
export class SuggestIndex {
  readonly subjects: Text[] = [];
  readonly metrics: Text[] = [];
  private readonly subjectIx = new NgramIndex();
  private readonly metricIx = new NgramIndex();
  private readonly subjectByZh = new Map<string, Text>();
  private readonly metricByZh = new Map<string, Text>();
  readonly sources: string[] = [];
  private readonly bySubjectMetric = new Map<string, Figure[]>();
  private readonly byValueUnit = new Map<string, Figure[]>();

  constructor(figures: readonly Figure[]) {
    const sources = new Set<string>();
    for (const f of figures) {
      this.note(this.subjects, this.subjectByZh, this.subjectIx, f.subject_zh, f.subject_en, f);
      this.note(this.metrics, this.metricByZh, this.metricIx, f.metric_zh, f.metric_en, f);
      if (f.attributed_to && f.attributed_to !== 'unattributed') sources.add(f.attributed_to);
      push(this.bySubjectMetric, `${f.subject_zh}\u0000${f.metric_zh}`, f);
      if (f.value !== null) push(this.byValueUnit, `${f.value}\u0000${f.unit}`, f);
    }
    this.sources.push(...sources);
  }

  private note(list: Text[], by: Map<string, Text>, ix: NgramIndex, zh: string, en: string, f: Figure): void {
    let t = by.get(zh);
    if (!t) {
      t = { zh, en: new Map(), units: new Set(), topics: new Map() };
      by.set(zh, t);
      list.push(t);
      ix.add(zh);
    }
    t.en.set(en, (t.en.get(en) ?? 0) + 1);
    t.units.add(f.unit);
    t.topics.set(f.topic, (t.topics.get(f.topic) ?? 0) + 1);
  }

  /** The English the dataset most often gives this exact Chinese wording, or '' (never made up). */
  english(kind: 'subject' | 'metric', zh: string): string {
    const t = (kind === 'subject' ? this.subjectByZh : this.metricByZh).get(zh);
    if (!t) return '';
    return [...t.en].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }

  /** Known subjects written in the sentence, nearest before the number first (then after it). */
  subjectsIn(sentence: string, numberAt: number, k = 4): Text[] {
    const found: { t: Text; d: number }[] = [];
    for (const { n } of this.subjectIx.nearest(sentence, 40, 0.99)) {
      const t = this.subjects[n];
      if (!t) continue;
      const at = sentence.lastIndexOf(t.zh, numberAt);
      const d = at >= 0 ? numberAt - at : sentence.indexOf(t.zh) >= 0 ? 1e4 + sentence.indexOf(t.zh) : -1;
      if (d >= 0) found.push({ t, d });
    }
    // Nearest first; of two at the same place, the longer wording (华为云 over 华为).
    found.sort((a, b) => a.d - b.d || b.t.zh.length - a.t.zh.length);
    return found.slice(0, k).map((x) => x.t);
  }

  /** Known metrics most like the sentence, those already used with this unit first. */
  metricsLike(sentence: string, unit: string, k = 4): Text[] {
    const hits = this.metricIx.nearest(sentence, 30);
    const ranked = hits
      .map(({ n, score }) => ({
        t: this.metrics[n] as Text,
        score: score + (this.metrics[n]?.units.has(unit) ? 1 : 0)
      }))
      .filter((x) => x.t);
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, k).map((x) => x.t);
  }

  /** Sources already in the dataset that begin with what the article names (雷峰网 → 雷峰网 (Leiphone)). */
  sourceFor(named: string): string {
    return (
      this.sources.find((s) => s === named) ?? this.sources.find((s) => s.startsWith(`${named} (`)) ?? named
    );
  }

  /** Figures of other articles citing the same subject and metric, or the same value in the same unit. */
  claims(
    articleId: string,
    subjectZh: string,
    metricZh: string,
    period: string,
    value: number | null,
    unit: string
  ): Figure[] {
    // The same subject and metric of another period (2024-H2 vs 2025-H1) is another fact, not the same claim.
    const same = (this.bySubjectMetric.get(`${subjectZh}\u0000${metricZh}`) ?? []).filter(
      (f) => !f.period || !period || f.period === period
    );
    const sameValue = value === null ? [] : (this.byValueUnit.get(`${value}\u0000${unit}`) ?? []);
    const out = new Map<string, Figure>();
    for (const f of [...same, ...sameValue]) if (f.article_id !== articleId) out.set(f.id, f);
    return [...out.values()].slice(0, 5);
  }
}

/** A topic for a unit when no similar figure says one: what the dataset's topics mean by unit class. */
export function topicForUnit(unit: Unit | null): Topic | '' {
  if (!unit) return '';
  const c = UNIT_CLASS[unit];
  if (c === 'money') return 'money';
  if (c === 'calendar') return 'events';
  if (unit === 'people') return 'people';
  if (unit === 'papers') return 'research';
  return '';
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
