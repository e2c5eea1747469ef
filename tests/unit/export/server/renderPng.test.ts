import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../../src/lib/data/readDataset';
import { CHART_IMAGES } from '../../../../src/lib/export/chartImages';
import { fontFilesFor } from '../../../../src/lib/export/server/fonts';
import { chartImageFile } from '../../../../src/lib/export/server/imageFiles';
import { drawnChars, renderPng } from '../../../../src/lib/export/server/renderPng';
import { chartView } from '../../../../src/lib/pages/chartView';
import { decodePng, inkIn, pngSize } from '../../../e2e/images/png';

// These tests draw every time (the worker path the build takes on a miss), never from a developer's cache.
process.env.CITED_FIGURES_IMAGE_CACHE = 'off';
const d = loadDatasetOrThrow('data');
// A font with no Chinese in it, from the packages fontconfig or LibreOffice bring along.
const LATIN_ONLY =
  [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
  ].find((f) => existsSync(f)) ?? 'no Latin-only font installed (fonts-dejavu-core or fonts-liberation2)';
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const text = (s: string, size = 64) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 3}" height="${size * 1.5}" font-family="'Noto Sans CJK SC'"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="${size}" font-size="${size}">${s}</text></svg>`;

describe('renderPng', () => {
  it('draws distinct Chinese characters as distinct glyphs (no tofu), and the check would see tofu', () => {
    const a = decodePng(renderPng(text('中国'), 192, 96));
    const b = decodePng(renderPng(text('云计'), 192, 96));
    expect(inkIn(a, { x: 0, y: 0, w: 192, h: 96 })).toBeGreaterThan(500);
    expect(sha(Buffer.from(a.rgba))).not.toBe(sha(Buffer.from(b.rgba)));
    // The same comparison with a font that has no Chinese: both come out the same (boxes or nothing).
    const latinOnly = (s: string) =>
      new Resvg(text(s), {
        font: {
          fontFiles: [LATIN_ONLY],
          loadSystemFonts: false
        }
      })
        .render()
        .asPng();
    expect(sha(latinOnly('中国'))).toBe(sha(latinOnly('云计')));
  });

  it('sets English in proportional punctuation, Chinese in full-width', () => {
    const svg = (lang: string) =>
      text('’’’’’’’’’', 48)
        .replace('<svg ', `<svg xml:lang="${lang}" `)
        .replace(/width="\d+"/, 'width="600"');
    const right = (png: Buffer) => {
      const img = decodePng(png);
      let max = 0;
      for (let x = 0; x < img.width; x++) if (inkIn(img, { x, y: 0, w: 1, h: img.height }) > 0) max = x;
      return max;
    };
    // Nine apostrophes: full width in Chinese (~9 × 48 px), a fraction of that in English.
    expect(right(renderPng(svg('en'), 600, 72))).toBeLessThan(right(renderPng(svg('zh-Hans'), 600, 72)) / 2);
  });

  it('refuses a character the font lacks rather than drawing a box', () => {
    expect(() => fontFilesFor('中\u{13000}')).toThrow(/U\+13000/);
  });

  it('counts the characters an SVG draws, entities decoded, markup and line breaks left out', () => {
    expect([...drawnChars('<text x="1">A&amp;B 中\n</text><title>t</title>')].sort()).toEqual(
      [' ', '&', 'A', 'B', '中'].sort()
    );
  });
});

describe('chart images', () => {
  const chart = d.charts.find((c) => c.type === 'bar') ?? d.charts[0];
  it.each(CHART_IMAGES.filter((i) => i.ext === 'png'))(
    'draws $suffix at its size, the same bytes twice',
    async (image) => {
      if (!chart) throw new Error('no chart');
      // Once on a worker thread as the build does, once on this thread: the same bytes.
      const one = (await chartImageFile(chartView(d, chart, 'zh'), image)) as Buffer;
      const two = (await chartImageFile(chartView(d, chart, 'zh'), image, { draw: renderPng })) as Buffer;
      expect(pngSize(one)).toEqual({ width: image.width, height: image.height });
      expect(sha(one)).toBe(sha(two));
    }
  );

  it('styles the chart as the site does: no classes left, hit areas unpainted, bars in the accent', async () => {
    if (!chart) throw new Error('no chart');
    const image = CHART_IMAGES.find((i) => i.ext === 'svg')!;
    const svg = (await chartImageFile(chartView(d, chart, 'en'), image)) as string;
    expect(svg).not.toMatch(/\sclass="/);
    expect(svg).not.toMatch(/var\(/);
    expect(svg).toContain('fill="#2f5f98"');
    // A hit area is `fill: transparent` in the kit's CSS: unpainted in the file, never black.
    expect(svg).not.toMatch(/<rect x="0" y="[\d.]+" width="[\d.]+" height="[\d.]+"\/>/);
    expect(svg).toContain(`font-family="'Helvetica Neue'`);
  });
});
