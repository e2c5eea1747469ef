import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/lib/pages/chartPage';
import { chartsByTopic } from '../../../src/lib/pages/chartsByTopic';
import { chartsForFigure } from '../../../src/lib/pages/chartsForFigure';
import { chartView } from '../../../src/lib/pages/chartView';
import { readDataset } from '../../../src/lib/data/readDataset';

const { dataset } = readDataset('data');
const def = (id: string) => {
  const c = dataset.charts.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('chart views on the real data', () => {
  it('every chart has a title, a source line, a legend, a text alternative and one row per figure', () => {
    for (const c of dataset.charts) {
      for (const lang of ['zh', 'en'] as const) {
        const v = chartView(dataset, c, lang);
        expect(v.source).toMatch(lang === 'zh' ? /^来源：/ : /^Source: /);
        expect(v.legend.length).toBeGreaterThan(0);
        expect(v.summary.length).toBeGreaterThan(20);
        expect(v.rows.map((r) => r.id).sort()).toEqual([...c.figures].sort());
        for (const r of v.rows) expect(r.href).toBe(`${lang === 'en' ? '/en' : ''}/figures/${r.id}`);
      }
    }
  });

  it('summarises a bar chart from its data', () => {
    expect(chartView(dataset, def('cloud-iaas-share-2024h2'), 'en').summary).toBe(
      'Alibaba is highest at 26.1%, followed by Huawei (13.2%), China Telecom (13.1%), China Mobile (9.3%), Tencent (8.1%).'
    );
    expect(chartView(dataset, def('cloud-iaas-share-2024h2'), 'zh').summary).toBe(
      '阿里巴巴最高，为26.1%；其后依次为华为（13.2%）、中国电信（13.1%）、中国移动（9.3%）、腾讯（8.1%）。'
    );
  });

  it('groups the charts by topic in the site’s order', () => {
    expect(chartsByTopic(dataset, 'en').map((g) => [g.topic, g.charts.length])).toEqual([
      ['cloud-market', 2],
      ['research', 2],
      ['compute', 1],
      ['money', 2],
      ['people', 3],
      ['events', 3]
    ]);
  });

  it('an index draws the first charts of a topic and lists the others as links', () => {
    const groups = chartsByTopic(dataset, 'en', { perTopic: 1, listRest: true });
    for (const g of groups) {
      expect(g.charts).toHaveLength(1);
      expect(g.charts.length + g.more.length).toBe(g.total);
      for (const c of g.more) {
        expect(c.href).toBe(`/en/charts/${c.id}`);
        expect(c.figures).toBe(def(c.id).figures.length);
        expect(c.title).toBe(def(c.id).title.en);
      }
    }
    const people = groups.find((g) => g.topic === 'people');
    expect(people?.more.map((c) => c.id)).toEqual(
      dataset.charts
        .filter((c) => c.topic === 'people')
        .slice(1)
        .map((c) => c.id)
    );
    // Without listRest (the home dashboard), the others are only counted.
    expect(chartsByTopic(dataset, 'en', { perTopic: 1 }).every((g) => g.more.length === 0)).toBe(true);
  });

  it('a chart page lists its articles and its conflicts: status conflicting, or the same claim with another value', () => {
    const page = chartPage(dataset, 'money-amounts', 'en');
    expect(page?.sources.map((s) => s.id).sort()).toEqual([
      'amazon-shanghai-lab-36kr',
      'aws-shanghai-institute-closure',
      'china-ai-compute-capital-netease'
    ]);
    expect(page?.conflicts.map((c) => [c.id, c.conflicting, c.differing.map((d) => d.id)])).toEqual([
      ['dgl-revenue-36kr', false, ['dgl-headline-value-36kr']],
      ['dgl-headline-value-36kr', true, ['dgl-revenue-36kr']]
    ]);
    expect(chartPage(dataset, 'cloud-iaas-share-2024h2', 'en')?.conflicts).toEqual([]);
    // "2018" and "autumn 2018" differ in precision only: one lies inside the other, so they agree.
    expect(chartPage(dataset, 'timeline-amazon-china', 'en')?.conflicts).toEqual([]);
    expect(chartPage(dataset, 'timeline-labs-and-forums', 'en')?.conflicts.map((c) => c.id)).toEqual([
      'ds-report-year-text-vpshk',
      'ds-report-year-ref-vpshk'
    ]);
    expect(chartPage(dataset, 'nope', 'en')).toBeNull();
  });

  it('a figure page finds its charts and previews the first with the figure highlighted', () => {
    const r = chartsForFigure(dataset, 'idc-paas-rank-2024h2-aws', 'zh');
    expect(r.links).toEqual([
      {
        id: 'cloud-paas-share-2024h2',
        title: def('cloud-paas-share-2024h2').title.zh,
        href: '/charts/cloud-paas-share-2024h2'
      }
    ]);
    const model = r.preview?.model;
    expect(model?.type).toBe('bar');
    if (model?.type === 'bar') {
      expect(model.marks.filter((m) => m.highlight).map((m) => m.id)).toEqual(['idc-paas-share-2024h2-aws']);
    }
  });
});
