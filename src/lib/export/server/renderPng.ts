import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, fontFilesFor } from './fonts';
import { renderOnWorker } from './pngWorkers';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters an SVG draws: the text between its tags, entities decoded, line breaks left out. */
export function drawnChars(svg: string): Set<string> {
  const text = svg
    .replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m)
    );
  // A space is drawn too (as an advance): a font without one would draw a box.
  return new Set(text.replace(/[\t\n\r]/g, ''));
}

/** Chinese characters and the full-width punctuation that goes with them. */
const HAN = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/**
 * The SVG as an English image is drawn: in the JP face of Noto Sans CJK (proportional ’ and “), each run of
 * Chinese in a <tspan> of the SC face, so that names keep their Chinese glyphs. Text in <title> and <desc>
 * is left alone. The downloadable SVG itself is not changed: it names its fonts for office programs.
 */
export function englishRuns(svg: string): string {
  return svg
    .replace(/^(<svg\b[^>]*?)font-family="[^"]*"/, `$1font-family="'${FONT_FILES.latin}'"`)
    .replace(
      /(<(?:text|tspan)\b[^>]*>)([^<]+)/g,
      (_m, tag: string, text: string) =>
        tag + text.replace(HAN, (run) => `<tspan font-family="'${FONT_FILES.zh}'">${run}</tspan>`)
    );
}

/** What resvg is given for an SVG: the SVG (English runs split) and fonts subset to its characters. */
function prepare(
  svg: string,
  width: number
): { svg: string; options: ConstructorParameters<typeof Resvg>[1] } {
  const english = /^<svg\b[^>]*\bxml:lang="en"/.test(svg);
  const chars = drawnChars(svg);
  const han = new Set([...chars].filter((c) => c.match(HAN)));
  const fontFiles = english
    ? [
        ...fontFilesFor(
          [...chars].filter((c) => !han.has(c)),
          FONT_FILES.latin
        ),
        ...(han.size ? fontFilesFor(han, FONT_FILES.zh) : [])
      ]
    : fontFilesFor(chars, FONT_FILES.zh);
  const family = english ? FONT_FILES.latin : FONT_FILES.zh;
  return {
    svg: english ? englishRuns(svg) : svg,
    options: {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
      fitTo: { mode: 'width', value: width },
      languages: [english ? 'en' : 'zh-Hans']
    }
  };
}

/**
 * An SVG drawn to a PNG of exactly `width` × `height` pixels with resvg (native, no browser), with the
 * fonts named by path and nothing from the system: the same SVG gives the same bytes on every build.
 */
export function renderPng(svg: string, width: number, height: number): Buffer {
  const p = prepare(svg, width);
  const img = new Resvg(p.svg, p.options).render();
  if (img.width !== width || img.height !== height)
    throw new Error(`chart image: drew ${img.width}×${img.height}, expected ${width}×${height}`);
  return img.asPng();
}

/** renderPng on a worker thread: the same bytes, while the build goes on with other pages. */
export async function renderPngAsync(svg: string, width: number, height: number): Promise<Buffer> {
  const p = prepare(svg, width);
  const png = await renderOnWorker(p.svg, p.options ?? {});
  const size = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
  if (size !== `${width}×${height}`)
    throw new Error(`chart image: drew ${size}, expected ${width}×${height}`);
  return png;
}
