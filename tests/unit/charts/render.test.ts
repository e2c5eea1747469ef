import { render } from 'svelte/server';
import { modelRows } from '../../../src/lib/charts/rows';
import { describe, expect, it } from 'vitest';
import Chart from '../../../src/lib/charts/Chart.svelte';
import ChartFigure from '../../../src/lib/charts/ChartFigure.svelte';
import type { ChartView } from '../../../src/lib/charts/types';
import { chartView } from '../../../src/lib/pages/chartView';
import { readDataset } from '../../../src/lib/data/readDataset';
import type { ChartType, Lang } from '../../../src/lib/schema';
import { ARTICLE, chart, fig } from './fixtures';
import { frozenView } from '../fixtures/frozenCharts';

const { dataset } = readDataset('data');

function view(id: string, lang: Lang = 'en'): ChartView {
  const def = dataset.charts.find((c) => c.id === id);
  if (!def) throw new Error(`no chart ${id}`);
  return chartView(dataset, def, lang);
}

/** Geometry rounded to 2 decimals: a snapshot records the drawing, not the last bits of a float. */
const GEOMETRY =
  /\s(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|transform|d|points|viewBox|stroke-width|offset)="([^"]*)"/g;
const round2 = (svg: string) =>
  svg.replace(GEOMETRY, (_m, name: string, v: string) => {
    const r = v.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
    return ` ${name}="${r}"`;
  });

/** Rendered HTML without Svelte's hydration comments and scoping classes (which change with any style). */
function clean(html: string): string {
  return html
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '');
}

/** The SVG of a server-rendered chart. */
function svgOf(body: string): string {
  return `${/<svg[^]*<\/svg>/.exec(clean(body))?.[0] ?? ''}\n`;
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"');

/** Every mark link in rendered HTML: its href and accessible name. */
function links(html: string): { href: string; name: string }[] {
  return [...html.matchAll(/<a href="([^"]+)" class="mark[^"]*"[^>]*aria-label="([^"]*)"/g)].map((m) => ({
    href: m[1] ?? '',
    name: unescape(m[2] ?? '')
  }));
}

const cases: { type: ChartType; id: string; lang: Lang }[] = [
  { type: 'bar', id: 'cloud-paas-share-2024h2', lang: 'en' },
  { type: 'grouped-bar', id: 'research-eto-highly-cited', lang: 'zh' },
  { type: 'interval', id: 'people-headcounts', lang: 'en' },
  { type: 'dot-log', id: 'money-amounts', lang: 'en' },
  { type: 'timeline', id: 'timeline-amazon-china', lang: 'zh' }
];

describe.each(cases)('server render: $type ($id, $lang)', ({ type, id, lang }) => {
  const v = view(id, lang);
  const { body } = render(Chart, { props: { model: v.model, lang, label: v.title } });
  const svg = svgOf(body);

  it('is an SVG with a viewBox and a non-zero default size', () => {
    const m =
      /<svg viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)" width="(\d+)" height="(\d+(?:\.\d+)?)"/.exec(svg);
    expect(m?.[1]).toBe('640');
    expect(Number(m?.[2])).toBeGreaterThan(60);
    expect(m?.[3]).toBe('640');
  });

  it('draws one link per figure of the chart, to its figure page, named with the value', () => {
    const prefix = lang === 'en' ? '/en/figures/' : '/figures/';
    const got = links(svg);
    expect(got.map((l) => l.href).sort()).toEqual(v.rows.map((r) => `${prefix}${r.id}`).sort());
    for (const r of v.rows) {
      expect(got.find((l) => l.href === `${prefix}${r.id}`)?.name).toBe(r.ariaLabel);
    }
  });

  it('carries a <title> with the quote for readers without JavaScript', () => {
    const first = v.rows[0];
    expect(svg).toContain('<title>');
    expect(svg).toContain(first?.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;') ?? '');
  });

  it('matches the stored SVG (drawn from the frozen fixture, geometry to 2 decimals)', async () => {
    const f = frozenView(id, lang);
    expect(f.model.type).toBe(type);
    const frozen = render(Chart, { props: { model: f.model, lang, label: f.title } });
    await expect(round2(svgOf(frozen.body))).toMatchFileSnapshot(`./__snapshots__/${type}.svg`);
  });
});

describe('data text is never markup', () => {
  it('a hostile subject, metric and quote render as text in every part of a chart', () => {
    const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const f = fig({ id: 'evil', value: 5, unit: '%', subject_en: EVIL, metric_en: EVIL, quote: EVIL });
    const def = chart({ type: 'bar', figures: ['evil'], title: { zh: EVIL, en: EVIL } });
    const v = { ...chartView({ figures: [f], articles: [ARTICLE], charts: [def] }, def, 'en') };
    const { body } = render(ChartFigure, { props: { view: v } });
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
  });
});

describe('the chart figure', () => {
  const v = view('money-amounts', 'en');
  const body = clean(render(ChartFigure, { props: { view: v } }).body);

  it('is a <figure> whose <figcaption> holds title, subtitle, notes and the computed source line', () => {
    const caption = unescape(/<figcaption>([^]*?)<\/figcaption>/.exec(body)?.[1] ?? '');
    expect(caption).toContain(v.title);
    expect(caption).toContain(v.subtitle);
    for (const note of v.notes) expect(caption).toContain(note);
    expect(caption).toContain(v.source);
    expect(v.source).toMatch(
      /^Source: 天眼查 \(Tianyancha\) for one figure; the other seven unattributed, as cited in “/
    );
    expect(body).toMatch(/^<figure[^>]*aria-labelledby=/);
  });

  it('has the legend for the marks it uses, a text alternative and the data table', () => {
    expect(v.legend.map((l) => l.key)).toEqual(['solid', 'hollow', 'lower', 'conflicting', 'record-differs']);
    expect(body).toContain('approximate (≈)');
    expect(unescape(body)).toContain(`In words:</strong> ${v.summary}`);
    expect(body).toContain('<details class="chart-table"');
    expect((body.match(/<tr>/g) ?? []).length).toBe(v.rows.length + 1);
  });

  it('marks a figure whose primary record differs, notes both values, and can redraw with the record', () => {
    const zappos = v.rows.find((m) => m.id === 'amazon-zappos-price-aws');
    expect(zappos?.recordDiffers).toBe(true);
    expect(zappos?.valueLabel).toMatch(/ ◆$/);
    expect(v.recordNotes).toContainEqual(
      expect.objectContaining({
        id: 'amazon-zappos-price-aws',
        articleSays: 'US$1.5 billion',
        recordSays: 'US$1.134 billion'
      })
    );
    const caption = unescape(/<figcaption>([^]*?)<\/figcaption>/.exec(body)?.[1] ?? '');
    expect(caption).toContain('Where the primary record differs');
    expect(body).toContain('aria-pressed="false"');
    const recorded = v.recordModel
      ? modelRows(v.recordModel).find((m) => m.id === 'amazon-zappos-price-aws')
      : null;
    expect(recorded).toMatchObject({ value: 1134000000, comparator: '=' });
  });

  it('compact: the title links to the chart page, no table, the summary kept for screen readers', () => {
    const small = clean(render(ChartFigure, { props: { view: v, compact: true, headingLevel: 3 } }).body);
    expect(small).toMatch(/<h3[^>]*><a href="\/en\/charts\/money-amounts">/);
    expect(small).not.toContain('<details');
    expect(small).toMatch(/<p class="chart-summary visually-hidden">/);
  });
});
