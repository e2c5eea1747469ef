import { describe, expect, it } from 'vitest';
import { composeSlide, emWidth, wrapText } from '../../../src/lib/export';

describe('wrapText', () => {
  it.each([
    ['中国公有云IaaS市场份额,2024年下半年', 10, ['中国公有云IaaS市场', '份额,2024年下半年']],
    ['Share of China’s public-cloud IaaS market', 12, ['Share of China’s', 'public-cloud IaaS', 'market']],
    ['短', 10, ['短']]
  ])('%s at %d em', (text, em, lines) => {
    expect(wrapText(text, em)).toEqual(lines);
  });

  it('breaks Chinese between characters, never before closing punctuation, and loses no character', () => {
    const text = '来源:IDC,转引自《AWS上海AI研究院解散》(媒体未知,日期未知)。每一个字都要保留。';
    const lines = wrapText(text, 8);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(emWidth(l)).toBeLessThanOrEqual(8 + 1);
      expect(l).not.toMatch(/^[,。、)》]/);
    }
  });
});

describe('composeSlide', () => {
  const svg = composeSlide({
    chartSvg:
      '<svg viewBox="0 0 640 300" width="640" height="300" role="group"><rect width="10" height="10"/></svg>',
    chartWidth: 640,
    chartHeight: 300,
    title: '中国公有云IaaS市场份额 <2024>',
    subtitle: 'IDC, 2024-H2',
    source: '来源:IDC,转引自《AWS上海AI研究院解散》',
    url: 'http://127.0.0.1:4173/charts/cloud-iaas-share-2024h2',
    lang: 'zh-Hans',
    width: 1920,
    height: 1080,
    theme: 'light'
  });

  it('is one standalone, escaped SVG element with the slide size and language', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080" lang="zh-Hans"');
    expect(svg).toContain('<title>中国公有云IaaS市场份额 &lt;2024&gt;</title>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('carries the source line and the provenance URL', () => {
    expect(svg).toContain('>来源:IDC,转引自《AWS上海AI研究院解散》</text>');
    expect(svg).toContain('>http://127.0.0.1:4173/charts/cloud-iaas-share-2024h2</text>');
  });

  it('places the chart with its proportions kept and its own size removed', () => {
    const m =
      /<svg viewBox="0 0 640 300" role="group" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)">/.exec(
        svg
      );
    expect(m).not.toBeNull();
    const [w, h] = [Number(m?.[3]), Number(m?.[4])];
    expect(w / h).toBeCloseTo(640 / 300, 2);
    expect(w).toBeLessThanOrEqual(1920);
  });
});

describe('composeSlide without a public URL', () => {
  it('prints no address', () => {
    const svg = composeSlide({
      chartSvg: '<svg viewBox="0 0 640 300" width="640" height="300"></svg>',
      chartWidth: 640,
      chartHeight: 300,
      title: 'T',
      subtitle: 'S',
      source: 'Source: IDC',
      url: '',
      lang: 'en',
      width: 1920,
      height: 1080,
      theme: 'light'
    });
    expect(svg.match(/<text /g)).toHaveLength(3);
    expect(svg).toContain('<desc>S Source: IDC</desc>');
  });
});
