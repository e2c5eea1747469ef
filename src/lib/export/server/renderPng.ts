import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, fontFilesFor } from './fonts';

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
  const r = new Resvg(svg, {
    font: {
      fontFiles: fontFilesFor(drawnChars(svg)),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FILES.cjk.family,
      sansSerifFamily: FONT_FILES.cjk.family
    },
    fitTo: { mode: 'width', value: width },
    languages: ['zh-Hans', 'en']
  });
  const img = r.render();
  if (img.width !== width || img.height !== height)
    throw new Error(`chart image: drew ${img.width}×${img.height}, expected ${width}×${height}`);
  return img.asPng();
}
