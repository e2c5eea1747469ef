import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { chartView } from '../../../src/lib/pages/chartView';
import { readDataset } from '../../../src/lib/data/readDataset';
import { buildPptx, nativeBars } from '../../../src/lib/export/buildPptx';

const { dataset } = readDataset('data');
const view = (id: string, lang: 'zh' | 'en') => {
  const def = dataset.charts.find((c) => c.id === id);
  if (!def) throw new Error(`no chart ${id}`);
  return chartView(dataset, def, lang);
};

/** A 1 × 1 PNG, standing in for the rasterized chart. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function unzip(v: ReturnType<typeof view>, url: string, image?: boolean, theme?: 'light' | 'dark') {
  const pptx = buildPptx(PptxGenJS, {
    view: v,
    url,
    image: image ? { dataUrl: PIXEL, width: 1, height: 1 } : undefined,
    theme
  });
  const buf = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  expect([...buf.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  const zip = await JSZip.loadAsync(buf);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const names = Object.keys(zip.files);
  return { names, text };
}

describe('buildPptx', () => {
  it('draws a bar chart as a native chart with its values and labels, and the provenance at the foot', async () => {
    const v = view('cloud-iaas-share-2024h2', 'en');
    const url = 'https://example.org/en/charts/cloud-iaas-share-2024h2';
    const { names, text } = await unzip(v, url);
    const charts = names.filter((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = await text(charts[0] ?? '');
    for (const value of ['26.1', '13.2', '13.1', '9.3', '8.1'])
      expect(chart).toContain(`<c:v>${value}</c:v>`);
    for (const label of ['Alibaba (No. 1)', 'Huawei', 'China Telecom', 'China Mobile', 'Tencent']) {
      expect(chart).toContain(`<c:v>${label}</c:v>`);
    }
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(names.some((n) => /^ppt\/media\/.+\.\w+$/.test(n))).toBe(false);

    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).toContain(v.title);
    expect(slide).toContain('Source: IDC, as cited in');
    expect(slide).toContain(url);
    expect(slide).toContain('<a:hlinkClick');
    expect(await text('ppt/slides/_rels/slide1.xml.rels')).toContain(`Target="${url}"`);
  });

  it('keeps Chinese text and gives a grouped bar chart one series per key', async () => {
    const v = view('research-eto-highly-cited', 'zh');
    const bars = nativeBars(v);
    expect(bars?.series.map((s) => [s.name, s.values])).toEqual([
      ['美国', [34036]],
      ['中国', [29229]]
    ]);
    const { names, text } = await unzip(v, 'https://example.org/charts/research-eto-highly-cited');
    const chart = await text(names.find((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n)) ?? '');
    expect(chart).toContain('<c:v>34036</c:v>');
    expect(chart).toContain('<c:v>美国</c:v>');
    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).toContain('来源：ETO');
    expect(slide).toContain(v.title);
  });

  it('embeds a picture for a chart type PowerPoint cannot draw (a timeline)', async () => {
    const v = view('timeline-amazon-china', 'en');
    expect(nativeBars(v)).toBeNull();
    expect(() => buildPptx(PptxGenJS, { view: v, url: 'https://example.org/x' })).toThrow(/needs an image/);
    const { names, text } = await unzip(v, 'https://example.org/en/charts/timeline-amazon-china', true);
    expect(names.some((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n))).toBe(false);
    expect(names.some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true);
    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).toContain('<p:pic>');
    expect(slide).toContain('https://example.org/en/charts/timeline-amazon-china');
  });

  it('keeps the highlight colour on the highlighted bar, and the legend and notes on the slide', async () => {
    const v = view('cloud-iaas-share-2024h2', 'en');
    const marks = v.model.type === 'bar' ? v.model.marks : [];
    const hi = marks.findIndex((m) => m.highlight);
    expect(hi).toBeGreaterThanOrEqual(0);
    const { names, text } = await unzip(v, 'https://example.org/en/charts/cloud-iaas-share-2024h2');
    const chart = await text(names.find((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n)) ?? '');
    // Categories are reversed (largest on top): the highlighted bar's point index counts from the end.
    const idx = marks.length - 1 - hi;
    expect(chart).toMatch(new RegExp(`<c:dPt>\\s*<c:idx val="${idx}"/>[^]*?<a:srgbClr val="B4462E"/>`));
    expect((chart.match(/<a:srgbClr val="2F5F98"\/>/g) ?? []).length).toBeGreaterThanOrEqual(
      marks.length - 1
    );
    const slide = await text('ppt/slides/slide1.xml');
    for (const l of v.legend)
      expect(slide).toContain(l.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    for (const n of v.notes)
      expect(slide).toContain(n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('honours the dark theme: dark background, light text, dark-theme colours in the chart', async () => {
    const v = view('cloud-iaas-share-2024h2', 'zh');
    const { names, text } = await unzip(
      v,
      'https://example.org/charts/cloud-iaas-share-2024h2',
      false,
      'dark'
    );
    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).toMatch(/<p:bg>[^]*?<a:srgbClr val="15171A"/);
    expect(slide).toContain('<a:srgbClr val="E8E6E1"/>');
    const chart = await text(names.find((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n)) ?? '');
    expect(chart).toContain('86B2E6');
    expect(chart).toContain('F08A6E');
    expect(chart).not.toContain('2F5F98');
  });

  it('prints no address when the site has no public URL', async () => {
    const v = view('cloud-iaas-share-2024h2', 'en');
    const { text } = await unzip(v, '');
    const slide = await text('ppt/slides/slide1.xml');
    expect(slide).not.toContain('<a:hlinkClick');
    expect(slide).not.toMatch(/<a:t>[^<]*https?:/);
    expect(slide).toContain('Source: IDC, as cited in');
  });
});
