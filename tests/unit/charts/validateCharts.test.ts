import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { figuresInNoChart } from '../../../src/lib/data/validateCharts';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import { lineOf, realFiles } from '../data/fixtures';

const CHARTS = readFileSync(join(import.meta.dirname, '../../../data/charts.json'), 'utf8');

type Def = Record<string, unknown> & { id: string; figures: string[] };
const parse = () => JSON.parse(CHARTS) as Def[];
/** `line:column` where a chart's `"id"` key is written: where its errors point. */
const idAt = (text: string, needle: string) => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return `${i + 1}:${(lines[i] ?? '').indexOf('"id"') + 1}`;
};
const write = (defs: Def[]) => `${JSON.stringify(defs, null, 2)}\n`;

const run = (chartsJson: string) => validateDataset({ ...realFiles(), chartsJson }).issues.map(formatIssue);

describe('data/charts.json', () => {
  it('is valid, and every figure appears in at least one chart', () => {
    expect(run(CHARTS)).toEqual([]);
    const { dataset } = validateDataset({ ...realFiles(), chartsJson: CHARTS });
    expect(dataset.figures).toHaveLength(83);
    expect(
      figuresInNoChart(
        dataset.charts,
        dataset.figures.map((f) => f.id)
      )
    ).toEqual([]);
  });

  it('keeps money in its currency: no chart puts USD and CNY on one axis', () => {
    const { dataset } = validateDataset({ ...realFiles(), chartsJson: CHARTS });
    const unit = new Map(dataset.figures.map((f) => [f.id, f.unit]));
    for (const c of dataset.charts) {
      const units = new Set(c.figures.map((id) => unit.get(id)));
      if (units.has('USD') && units.has('CNY')) expect(c.facet_by).toBe('unit');
    }
  });
});

describe('chart validation errors name the file, line and column', () => {
  const figuresCsv = realFiles().figuresCsv;

  it('a figure that no chart shows is reported at its line in data/figures.csv', () => {
    const defs = parse().map((d) => ({
      ...d,
      figures: d.figures.filter((f) => f !== 'wang-team-years-36kr')
    }));
    expect(run(write(defs))).toEqual([
      `data/figures.csv:${lineOf(figuresCsv, 'wang-team-years-36kr,')}: column "id": figure "wang-team-years-36kr" appears in no chart: add it to a chart's "figures" in data/charts.json`
    ]);
  });

  it('a rank that is only a label still counts as shown', () => {
    const defs = parse();
    const paas = defs.find((d) => d.id === 'cloud-paas-share-2024h2');
    expect(paas?.figures).toContain('idc-paas-rank-2024h2-aws');
    expect(run(write(defs))).toEqual([]);
  });

  it('an unknown figure, mixed units in a bar chart, facets on a bar chart', () => {
    const defs = parse();
    const iaas = defs[0]!;
    iaas.figures = [
      ...iaas.figures,
      'no-such-figure',
      'idc-paas-share-2024h2-aws',
      'meta-manus-acquisition-price-netease'
    ];
    iaas.facet_by = 'unit';
    const text = write(defs);
    const line = idAt(text, `"id": "${iaas.id}"`);
    expect(run(text)).toEqual([
      `data/charts.json:${line}: column "figures.6": unknown figure id "no-such-figure"`,
      `data/charts.json:${line}: column "facet_by": "facet_by" is for interval and dot-log charts, not "bar"`,
      `data/charts.json:${line}: column "figures": incompatible units on one axis: %, USD`
    ]);
  });

  it('a label with no mark of the same subject, and a grouped-bar chart without its fields', () => {
    const defs = parse();
    const eto = defs.find((d) => d.id === 'research-eto-highly-cited')!;
    eto.figures = eto.figures.filter((f) => f !== 'eto-highly-cited-us-vpshk');
    delete eto.group_by;
    const cloud = defs.find((d) => d.id === 'cloud-paas-share-2024h2')!;
    const text = write([
      ...defs.filter((d) => d !== eto && d !== cloud),
      { ...cloud, figures: cloud.figures },
      eto
    ]);
    const line = idAt(text, `"id": "${eto.id}"`);
    expect(run(text)).toEqual([
      `data/charts.json:${line}: column "group_by": a grouped-bar chart needs "group_by" and "series_by"`,
      `data/charts.json:${line}: column "figures.1": label "eto-highly-cited-us-rank-vpshk" (unit rank) matches no mark with subject "United States"`,
      `data/figures.csv:${lineOf(figuresCsv, 'eto-highly-cited-us-vpshk,')}: column "id": figure "eto-highly-cited-us-vpshk" appears in no chart: add it to a chart's "figures" in data/charts.json`
    ]);
  });

  it('a chart listing a figure twice', () => {
    const defs = parse();
    const c = defs.find((d) => d.id === 'compute-gap')!;
    c.figures = [...c.figures, c.figures[0]!];
    const text = write(defs);
    const line = idAt(text, '"id": "compute-gap"');
    expect(run(text)).toEqual([
      `data/charts.json:${line}: column "figures.2": figure "lin-compute-gap-netease" is listed twice`
    ]);
  });

  it('coverage is only checked once the charts file parses', () => {
    // The chart that could be read is still checked; the array never closes, so coverage is not judged.
    const issues = run('[{"id": 1}');
    expect(issues).toContainEqual(expect.stringMatching(/^data\/charts\.json:1:11: not valid JSON/));
    expect(issues).toContainEqual(expect.stringMatching(/^data\/charts\.json:1:3: column "id": /));
    expect(issues.filter((i) => i.includes('appears in no chart'))).toEqual([]);
  });
});
