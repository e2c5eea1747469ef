import { describe, expect, it } from 'vitest';
import { chartSize } from '../../../src/lib/charts/chartSize';
import { chartView } from '../../../src/lib/pages/chartView';
import { readDataset } from '../../../src/lib/data/readDataset';
import {
  composeSlide,
  fitChart,
  fitSlide,
  planSlide,
  slideText,
  twiceScreen,
  type SlideText
} from '../../../src/lib/export';

const { dataset } = readDataset('data');
const view = (id: string, lang: 'zh' | 'en') => {
  const def = dataset.charts.find((c) => c.id === id);
  if (!def) throw new Error(`no chart ${id}`);
  return chartView(dataset, def, lang);
};

const TEXT: SlideText = {
  title: '中国公有云IaaS市场份额 <2024>',
  subtitle: 'IDC，2024年下半年',
  legend: [{ glyph: '<circle cx="15" cy="7" r="5" fill="rgb(47, 95, 152)"/>', label: '确数' }],
  notes: ['注：份额按收入计算。'],
  source: '来源：IDC，转引自《AWS上海AI研究院解散》',
  url: 'https://example.org/charts/cloud-iaas-share-2024h2',
  lang: 'zh-Hans',
  theme: 'light'
};

describe('planSlide and composeSlide', () => {
  const plan = planSlide(TEXT, 1920, 1080);
  const chart = {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 300" width="800" height="300"><rect class="hit" width="800" height="20" fill="rgba(0, 0, 0, 0)"/><text x="6" y="14" font-size="13px">阿里云</text></svg>',
    width: 800,
    height: 300,
    scale: plan.box.w / 800
  };
  const svg = composeSlide(plan, chart);

  it('is one standalone, escaped SVG 1.1 element with the slide size, language and CJK font stack', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('version="1.1" width="1920" height="1080" viewBox="0 0 1920 1080" lang="zh-Hans"');
    expect(svg).toMatch(
      /font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'/
    );
    expect(svg).toContain('<title>中国公有云IaaS市场份额 &lt;2024&gt;</title>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('carries the legend, the notes, the source line and the public URL', () => {
    expect(svg).toContain('>确数</text>');
    expect(svg).toContain('<circle cx="15" cy="7" r="5" fill="#2f5f98"/>');
    expect(svg).toContain('>注：份额按收入计算。</text>');
    expect(svg).toContain('>来源：IDC，转引自《AWS上海AI研究院解散》</text>');
    expect(svg).toContain('>https://example.org/charts/cloud-iaas-share-2024h2</text>');
  });

  it('keeps every character of a long title and subtitle (the frame gives way, the words do not)', () => {
    const title = '很长的标题'.repeat(30);
    const subtitle = 'A long subtitle that runs on. '.repeat(12).trim();
    const long = composeSlide(planSlide({ ...TEXT, title, subtitle }, 1920, 1080), chart);
    const lines = (weight: string) =>
      [...long.matchAll(new RegExp(`font-weight="${weight}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);
    expect(lines('700').join('')).toBe(title);
    expect(lines('400').join(' ')).toContain(subtitle);
  });

  it('prints no address without a public URL', () => {
    const none = composeSlide(planSlide({ ...TEXT, url: '' }, 1920, 1080), chart);
    expect(none).not.toContain('example.org');
    expect(none).not.toContain('<a ');
  });

  it('draws the chart across the frame, scaled as a whole, with office-safe paint', () => {
    const m = /<g transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)"><rect/.exec(svg);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeCloseTo(plan.box.x, 0);
    expect(Number(m?.[3]) * 800).toBeCloseTo(plan.box.w, 0);
    expect(svg).not.toMatch(/rgba|class=|var\(/);
    expect(svg).toContain('fill="none"');
  });

  it('sizes type for the frame: a 1080-line slide sets the title at 52 px and the foot at 21', () => {
    expect(svg).toMatch(/font-size="52.0" font-weight="700"[^>]*>中国公有云/);
    expect(svg).toMatch(/font-size="21.0"[^>]*>来源：/);
    expect(plan.maxScale).toBe(2);
  });

  it('keeps the dark theme dark', () => {
    const dark = composeSlide(planSlide({ ...TEXT, theme: 'dark' }, 1920, 1080), chart);
    expect(dark).toContain('fill="#15171a"/>');
  });
});

describe('fitChart', () => {
  it('takes the largest scale at which the layout fits the frame, and a whole layout width', () => {
    // A layout whose height grows as it narrows (labels wrap): 300 units at 800 wide.
    const heightAt = (w: number) => (300 * 800) / w;
    const fit = fitChart({ w: 1600, h: 700 }, 2, heightAt);
    expect(Number.isInteger(fit.width)).toBe(true);
    expect(fit.height * fit.scale).toBeLessThanOrEqual(700);
    expect(fit.scale).toBeGreaterThan(1.6);
    expect(fitChart({ w: 1600, h: 2000 }, 2, heightAt)).toEqual({ width: 800, scale: 2, height: 300 });
  });
});

describe('a chart on a slide', () => {
  it.each(dataset.charts.map((c) => c.id))(
    '%s fills the frame: its full width, and its height or the largest type (2 × the kit’s) the frame allows',
    (id) => {
      for (const lang of ['zh', 'en'] as const) {
        const v = view(id, lang);
        for (const [w, h] of [
          [1920, 1080],
          [1600, 1200]
        ] as const) {
          const fit = fitSlide(v, slideText(v, 'light', 'https://example.org/x'), w, h);
          const { box, maxScale } = fit.plan;
          const size = chartSize(v.model, { width: fit.width, lang });
          expect(size.width * fit.scale).toBeCloseTo(box.w, 0);
          expect(size.height * fit.scale).toBeLessThanOrEqual(box.h + 0.5);
          // Within a row's height: a label that stops wrapping makes the layout one line shorter at once.
          const fillsHeight = size.height * fit.scale >= box.h - 24 * fit.scale;
          expect(fit.scale >= maxScale - 0.01 || fillsHeight).toBe(true);
          // A chart of a few rows gets slide-sized type: 13-unit labels at 24 px or more, where the screen
          // render scaled into the frame gave ~12.
          if (chartSize(v.model, { width: 896, lang }).height <= 200)
            expect(13 * fit.scale).toBeGreaterThanOrEqual(24);
        }
      }
    }
  );

  it('the 2× screen size draws the screen layout at twice its size', () => {
    const v = view('money-amounts', 'en');
    const fit = twiceScreen(v, slideText(v, 'light', ''), 700);
    expect(fit.width).toBe(700);
    expect(fit.scale).toBeCloseTo(2, 1);
    const size = chartSize(v.model, { width: 700, lang: 'en' });
    expect(size.height * fit.scale).toBeLessThanOrEqual(fit.plan.box.h + 2);
  });

  it('has no loopback address and no English in a zh slide’s own words', () => {
    const v = view('money-amounts', 'zh');
    const t = slideText(v, 'light', 'http://127.0.0.1:4173/charts/money-amounts');
    expect(t.url).toBe('');
    expect(t.source).not.toMatch(/unattributed|unnamed|as cited/);
    expect(t.notes.join('')).toContain('原始记录');
    expect(t.legend.length).toBe(v.legend.length);
  });
});
