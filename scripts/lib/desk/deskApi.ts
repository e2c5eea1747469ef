import type { IncomingMessage, ServerResponse } from 'node:http';
import { COMPARATORS, DATE_PRECISIONS, TOPICS, UNITS, type Lang } from '../../../src/lib/schema';
import { precisionOf } from '../../../src/lib/schema/cells';
import { clauseSpan } from './clauseAround';
import { suggestChartType, suggestCharts } from './chartChoice';
import { asMention, type DeskState } from './deskState';
import { planSave, type Row, type SavePayload } from './planSave';
import { previewChart } from './previewChart';
import { saveDesk } from './saveDesk';
import { suggestFor } from './suggestFor';

class Bad extends Error {}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > 64 * 1024 * 1024) throw new Bad('request too large (over 64 MB)');
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  } catch {
    throw new Bad('the request body is not JSON');
  }
}

/** The desk's JSON API: one handler per step of the path from article to saved rows. */
export async function deskApi(
  state: DeskState,
  req: IncomingMessage,
  res: ServerResponse,
  lockWaitMs: number
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (status: number, data: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(data));
  };
  const open = (id: unknown) => {
    const a = state.open.get(String(id));
    if (!a) throw new Bad(`no open article "${String(id)}"; add it first`);
    return a;
  };
  try {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/vocab') {
      const charts = state.dataset.charts.map((c) => ({
        id: c.id,
        title: c.title,
        type: c.type,
        topic: c.topic
      }));
      return send(200, {
        topics: TOPICS,
        units: UNITS,
        comparators: COMPARATORS,
        precisions: DATE_PRECISIONS,
        charts
      });
    }
    if (route === 'POST /api/article') {
      const b = await body(req);
      const bytes =
        typeof b.base64 === 'string'
          ? Buffer.from(b.base64, 'base64')
          : Buffer.from(String(b.text ?? ''), 'utf8');
      const a = state.addArticle(bytes, typeof b.name === 'string' ? b.name : undefined);
      if ('problem' in a)
        return send(422, { errors: [{ target: 'article', index: 0, field: 'text', message: a.problem }] });
      const mentions = a.candidates.map((c) => {
        const [qs, qe] = clauseSpan(a.text, c.quote_start, c.quote_end);
        return {
          ...c,
          date_precision: c.date ? precisionOf(c.date) : '',
          mention_start: c.quote_start,
          mention_end: c.quote_end,
          quote_start: qs,
          quote_end: qe
        };
      });
      return send(200, {
        id: a.id,
        file: a.file,
        isNew: a.isNew,
        row: a.row,
        metadata: a.metadata,
        text: a.text,
        mentions,
        existingFigures: a.existingFigures
      });
    }
    if (route === 'GET /api/suggest') {
      const a = open(url.searchParams.get('article'));
      const c = a.candidates[Number(url.searchParams.get('i'))];
      if (!c) throw new Bad('no such mention');
      return send(200, suggestFor(state.index, a.id, a.text, asMention(c), a.row.published ?? ''));
    }
    const b = await body(req);
    if (route === 'POST /api/chart-options') {
      const figs = (b.figures as Row[]).map((f) => ({
        unit: String(f.unit),
        comparator: String(f.comparator),
        value: f.value === '' || f.value === null ? null : Number(f.value),
        topic: String(f.topic)
      }));
      const byId = new Map(state.dataset.figures.map((f) => [f.id, f]));
      return send(200, {
        type: suggestChartType(figs),
        existing: suggestCharts(state.dataset.charts, byId, figs)
      });
    }
    if (route === 'POST /api/preview') {
      const a = open(b.article);
      const chosen =
        typeof b.existing === 'string' ? state.dataset.charts.find((c) => c.id === b.existing) : undefined;
      const def = (chosen ?? b.def) as Record<string, unknown>;
      return send(
        200,
        previewChart(state.dataset, a, b.figures as Row[], def, (b.lang === 'en' ? 'en' : 'zh') as Lang)
      );
    }
    if (route === 'POST /api/plan' || route === 'POST /api/save') {
      const p = b as unknown as SavePayload;
      const a = open(p.article);
      if (route === 'POST /api/plan') {
        const { errors, changes } = planSave(state.dir, a, p);
        return send(200, { errors, changes });
      }
      const r = saveDesk(state.dir, a, p, lockWaitMs);
      if (r.saved) {
        state.open.delete(a.id);
        state.reload();
      }
      return send(r.saved ? 200 : 422, { errors: r.errors, changes: r.changes, saved: r.saved });
    }
    return send(404, {
      errors: [{ target: 'save', index: 0, field: '', message: `no such request: ${route}` }]
    });
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    return send(400, { errors: [{ target: 'save', index: 0, field: '', message: e.message }] });
  }
}
