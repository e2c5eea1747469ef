import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../../../src/lib/data/issue';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { ARTICLE_COLUMNS, FIGURE_COLUMNS, RECORD_COLUMNS } from '../../../src/lib/schema';
import { appendLines, csvLine } from '../pinArticle';
import type { OpenArticle } from './deskState';
import { readArticleFile } from './readArticleFile';

export type Row = Record<string, string | number | null>;
export type ChartChoice = { mode: 'existing'; id: string } | { mode: 'new'; def: Record<string, unknown> };
export type SavePayload = {
  article: string;
  articleRow: Record<string, string>;
  /** New figure rows, each with the offsets of the number it was accepted for (mention_start/_end). */
  figures: Row[];
  records: Row[];
  chart: ChartChoice | null;
};
/** Where in the desk an error belongs: the article form, a figure's field, a record, the chart, or the save. */
export type FieldError = {
  target: 'article' | 'figure' | 'record' | 'chart' | 'save';
  index: number;
  field: string;
  message: string;
};
export type FileChange = { file: string; added: number; changed: number; lines: string[] };
export type Plan = {
  errors: FieldError[];
  changes: FileChange[];
  /** What to write, in order (the article's bytes first, as ingest does). */
  writes: { path: string; data: string | Buffer }[];
};

/**
 * The whole save, computed from the files as they are on disk now: the new rows appended (earlier bytes
 * unchanged, so a git diff shows only them), charts.json re-serialized in its own format, and the result
 * validated as one dataset by the project's validator. Any error is mapped back to the field it came from.
 */
export function planSave(dir: string, a: OpenArticle, p: SavePayload): Plan {
  const errors: FieldError[] = [];
  const figures = p.figures.map((f) => {
    const qs = Number(f.quote_start);
    const qe = Number(f.quote_end);
    const ms = Number(f.mention_start);
    const me = Number(f.mention_end);
    if (!(qs <= ms && me <= qe))
      errors.push({
        target: 'figure',
        index: p.figures.indexOf(f),
        field: 'quote',
        message: `the quote must contain its number “${a.text.slice(ms, me)}” (offsets ${ms}–${me}); the quote is ${qs}–${qe}`
      });
    return { ...f, article_id: a.id, quote: a.text.slice(qs, qe) } as Row;
  });
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '');
  const base = { articles: read('articles.csv'), figures: read('figures.csv'), records: read('records.csv') };
  const articleLines = a.isNew ? [csvLine(ARTICLE_COLUMNS, p.articleRow as Record<string, string>)] : [];
  const figureLines = figures.map((f) => csvLine(FIGURE_COLUMNS, f as Record<string, unknown>));
  const recordLines = p.records.map((r) => csvLine(RECORD_COLUMNS, r as Record<string, unknown>));
  const next = {
    articles: appendLines(base.articles, articleLines),
    figures: appendLines(base.figures, figureLines),
    records: appendLines(base.records, recordLines)
  };
  const chartsText = read('charts.json');
  const charts = JSON.parse(chartsText || '[]') as Record<string, unknown>[];
  let chartChange: FileChange | null = null;
  const ids = figures.map((f) => String(f.id));
  if (p.chart?.mode === 'existing') {
    const { id } = p.chart;
    const c = charts.find((x) => x.id === id);
    if (!c)
      errors.push({ target: 'chart', index: 0, field: 'id', message: `no chart "${id}" in charts.json` });
    else c.figures = [...(c.figures as string[]), ...ids];
    chartChange = { file: 'charts.json', added: 0, changed: 1, lines: [`${id}: + ${ids.join(', ')}`] };
  } else if (p.chart?.mode === 'new') {
    charts.push({ ...p.chart.def, figures: ids });
    chartChange = { file: 'charts.json', added: 1, changed: 0, lines: [String(p.chart.def.id)] };
  }
  const nextCharts = `${JSON.stringify(charts, null, 2)}\n`;

  const { issues } = validateDataset({
    dir,
    articlesCsv: next.articles,
    figuresCsv: next.figures,
    recordsCsv: next.records,
    chartsJson: nextCharts,
    mentionsCsv: existsSync(join(dir, 'mentions.csv')) ? read('mentions.csv') : null,
    articleText: (file) => (file === a.file ? { text: a.text, sha256: a.sha256 } : readArticleFile(dir, file))
  });
  const startLine = (text: string, lines: string[]) => {
    let line = text === '' ? 1 : (text.match(/\n/g)?.length ?? 0) + (text.endsWith('\n') ? 1 : 2);
    return lines.map((l) => {
      const at = line;
      line += l.split('\n').length;
      return at;
    });
  };
  const at = {
    articles: startLine(base.articles, articleLines),
    figures: startLine(base.figures, figureLines),
    records: startLine(base.records, recordLines)
  };
  for (const i of issues) errors.push(fieldOf(i, dir, at));
  const changes: FileChange[] = [
    { file: 'articles.csv', added: articleLines.length, changed: 0, lines: articleLines },
    { file: 'figures.csv', added: figureLines.length, changed: 0, lines: figureLines },
    { file: 'records.csv', added: recordLines.length, changed: 0, lines: recordLines },
    ...(chartChange ? [chartChange] : [])
  ];
  const writes: Plan['writes'] = [];
  if (a.isNew) writes.push({ path: join(dir, 'articles', a.file), data: a.bytes });
  if (articleLines.length) writes.push({ path: join(dir, 'articles.csv'), data: next.articles });
  writes.push({ path: join(dir, 'figures.csv'), data: next.figures });
  writes.push({ path: join(dir, 'records.csv'), data: next.records });
  if (chartChange) writes.push({ path: join(dir, 'charts.json'), data: nextCharts });
  return { errors, changes, writes };
}

/** The desk field a validator issue points at: the new row on that line, or the chart, or the save itself. */
function fieldOf(
  i: DataIssue,
  dir: string,
  at: Record<'articles' | 'figures' | 'records', number[]>
): FieldError {
  const message = i.message;
  const field = i.column;
  if (i.file === `${dir}/charts.json`)
    return {
      target: 'chart',
      index: 0,
      field: field.split('.').find((s) => s && Number.isNaN(Number(s))) ?? '',
      message
    };
  for (const [file, target] of [
    ['articles', 'article'],
    ['figures', 'figure'],
    ['records', 'record']
  ] as const) {
    if (i.file !== `${dir}/${file}.csv`) continue;
    const index = at[file].indexOf(i.line);
    if (index >= 0) return { target, index, field, message };
  }
  return { target: 'save', index: 0, field, message: `${i.file}:${i.line}: ${message}` };
}
