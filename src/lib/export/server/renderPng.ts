import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, fontFilesFor } from './fonts';
import { renderOnWorker } from './pngWorkers';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters an SVG draws: the text between its tags, entities decoded, line breaks left out. */
export function drawnChars(svg: string): Set<string> {
  const text = svg
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m)
    );
  // A space is drawn too (as an advance): a font without one would draw a box.
  return new Set(text.replace(/[\t\n\r]/g, ''));
}

/**
 * An SVG drawn to a PNG of exactly `width` × `height` pixels with resvg (native, no browser), with the
 * fonts named by path and nothing from the system: the same SVG gives the same bytes on every build.
 */
export function renderPng(svg: string, width: number, height: number): Buffer {
  const r = new Resvg(svg, resvgOptions(svg, width));
  const img = r.render();
  if (img.width !== width || img.height !== height)
    throw new Error(`chart image: drew ${img.width}×${img.height}, expected ${width}×${height}`);
  return img.asPng();
}

/** renderPng on a worker thread: the same bytes, while the build goes on with other pages. */
export async function renderPngAsync(svg: string, width: number, height: number): Promise<Buffer> {
  const png = await renderOnWorker(svg, resvgOptions(svg, width));
  if (png.readUInt32BE(16) !== width || png.readUInt32BE(20) !== height)
    throw new Error(
      `chart image: drew ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}, expected ${width}×${height}`
    );
  return png;
}

function resvgOptions(svg: string, width: number) {
  return {
    font: {
      fontFiles: fontFilesFor(drawnChars(svg)),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FILES.cjk.family,
      sansSerifFamily: FONT_FILES.cjk.family
    },
    fitTo: { mode: 'width' as const, value: width },
    languages: ['zh-Hans', 'en']
  };
}
