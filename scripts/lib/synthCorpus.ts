import { createHash } from 'node:crypto';
import { quoteInContext } from '../../src/lib/provenance';
import type { Article, ChartDef, Figure } from '../../src/lib/schema';
import type { Dataset } from '../../src/lib/data/dataset';
import { seededRandom } from './random';
import { varyQuote } from './varyQuote';

export type SynthCorpus = {
  articles: Article[];
  figures: Figure[];
  charts: ChartDef[];
  texts: Map<string, string>;
};

/**
 * N synthetic articles made from the real ones: article k copies template article k mod 5, writing
 * `perArticle` of its figures (cycling through them) as the figure's paragraph with the numbers varied. Each
 * group of one synthetic article per template gets its own copy of every chart. Offsets are computed while
 * the text is written, so the corpus passes the same validation as the real one.
 */
export function synthCorpus(real: Dataset, n: number, perArticle = 20, seed = 1): SynthCorpus {
  const rand = seededRandom(seed);
  const articles: Article[] = [];
  const figures: Figure[] = [];
  const texts = new Map<string, string>();
  const idMap = new Map<string, string>(); // `${group}|${repeat}|${realId}` → synthetic id
  const templates = real.articles;
  for (let k = 0; k < n; k++) {
    const tpl = templates[k % templates.length];
    if (!tpl) break;
    const group = Math.floor(k / templates.length);
    const raw = real.texts[tpl.id] ?? '';
    const own = real.figures
      .filter((f) => f.article_id === tpl.id)
      .sort((a, b) => a.quote_start - b.quote_start);
    const id = `synth-${String(k).padStart(5, '0')}`;
    let text = `合成文章 ${k}(以 ${tpl.id} 为模板,数字已随机改变)\n`;
    // Exactly `perArticle` figures: the template's figures in order, cycled (the issue's 1,000 articles
    // make 20,000 figures); a repeat r of a figure is a new citation with its own varied numbers.
    for (let i = 0; i < (own.length ? perArticle : 0); i++) {
      const f = own[i % own.length];
      const r = Math.floor(i / own.length);
      if (!f) continue;
      const ctx = quoteInContext(raw, f.quote_start, f.quote_end, 60);
      const v = varyQuote(f, 0.5 + rand() * 1.5, Math.floor(rand() * 7) - 3);
      const start = text.length + ctx.before.length;
      text += `${ctx.before}${v.quote}${ctx.after}\n`;
      const fid = `${f.id}-s${k}-r${r}`;
      idMap.set(`${group}|${r}|${f.id}`, fid);
      figures.push({
        ...f,
        ...v,
        id: fid,
        article_id: id,
        claim_id: f.claim_id ? `${f.claim_id}-g${group}` : '',
        quote_start: start,
        quote_end: start + v.quote.length,
        // A repeat is another subject (a chart shows every repeat of a figure side by side).
        subject_zh: `${f.subject_zh}(合成${k}${r ? `-${r + 1}` : ''})`,
        subject_en: `${f.subject_en} (synthetic ${k}${r ? `-${r + 1}` : ''})`
      });
    }
    texts.set(id, text);
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    articles.push({
      ...tpl,
      id,
      file: `${id}.txt`,
      sha256,
      label_zh: `合成文章 ${k}`,
      label_en: `Synthetic article ${k}`,
      url: ''
    });
  }
  return { articles, figures: recheckCorroboration(figures), charts: cloneCharts(real.charts, idMap), texts };
}

/** A claim is only corroborated when another synthetic article carries it too (the last group may be short). */
function recheckCorroboration(figures: Figure[]): Figure[] {
  const articlesByClaim = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.claim_id)
      articlesByClaim.set(f.claim_id, (articlesByClaim.get(f.claim_id) ?? new Set()).add(f.article_id));
  }
  return figures.map((f) =>
    f.status === 'corroborated' && (articlesByClaim.get(f.claim_id)?.size ?? 0) < 2
      ? { ...f, status: 'as-cited' }
      : f
  );
}

/**
 * One copy of every chart per group, holding every repeat of its figures: the corpus keeps the real one's
 * density of charts per article (13 charts for 5 articles), each chart a few times fuller.
 */
function cloneCharts(charts: ChartDef[], idMap: Map<string, string>): ChartDef[] {
  const groups = new Map<string, Set<string>>(); // group → its repeats
  for (const key of idMap.keys()) {
    const [g = '', r = ''] = key.split('|');
    groups.set(g, (groups.get(g) ?? new Set()).add(r));
  }
  return [...groups].flatMap(([g, repeats]) =>
    charts.flatMap((c) => {
      const ids = [...repeats].flatMap((r) =>
        c.figures.map((f) => idMap.get(`${g}|${r}|${f}`)).filter((x): x is string => x !== undefined)
      );
      if (!ids.length) return [];
      // The highlight names a figure of this copy (its first repeat), or none when that figure was not copied.
      const highlight = c.highlight ? idMap.get(`${g}|0|${c.highlight}`) : undefined;
      const copy: ChartDef = { ...c, id: `${c.id}-g${g}`, figures: ids };
      if (highlight) copy.highlight = highlight;
      else delete copy.highlight;
      return [copy];
    })
  );
}

/**
 * One more chart, for the scale build: a timeline of every synthetic timeline's events (a few hundred at 25
 * articles, thousands at 1,000), the large chart whose page is cut into parts. Its figures keep their own
 * charts; this one comes last, so no figure page previews it.
 */
export function largeTimeline(charts: ChartDef[]): ChartDef | null {
  const timelines = charts.filter((c) => c.type === 'timeline');
  const first = timelines[0];
  if (!first) return null;
  const figures = [...new Set(timelines.flatMap((c) => c.figures))];
  const chart: ChartDef = {
    ...first,
    id: 'timeline-every-synthetic-event',
    title: { zh: '全部合成事件时间线', en: 'Every synthetic event on one timeline' },
    figures
  };
  delete chart.highlight;
  return chart;
}
