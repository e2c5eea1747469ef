import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, fontFilesFor, fontsFingerprint } from './fonts';
import { cachedPng, imageKey } from './imageCache';
import { imageStats, timed } from './imageStats';
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

/**
 * What resvg is given for an SVG: fonts subset to its characters. An English image is drawn in the JP face
 * of Noto Sans CJK, whose ’ and “ are proportional (the SC face sets them full width, as Chinese does); its
 * few Chinese names then take that face's glyphs. One face per image: resvg drops a whole line whose runs
 * (tspans) are set in two fonts when one of them forms a ligature ("fi"), so the faces are not mixed.
 */
function prepare(svg: string, width: number): ConstructorParameters<typeof Resvg>[1] {
  const family = /^<svg\b[^>]*\bxml:lang="en"/.test(svg) ? FONT_FILES.latin : FONT_FILES.zh;
  return {
    font: {
      fontFiles: fontFilesFor(drawnChars(svg), family),
      loadSystemFonts: false,
      defaultFontFamily: family,
      sansSerifFamily: family
    },
    fitTo: { mode: 'width', value: width },
    languages: [family === FONT_FILES.zh ? 'zh-Hans' : 'en']
  };
}

/**
 * An SVG drawn to a PNG of exactly `width` × `height` pixels with resvg (native, no browser), with the
 * fonts named by path and nothing from the system: the same SVG gives the same bytes on every build.
 */
export function renderPng(svg: string, width: number, height: number): Buffer {
  const img = new Resvg(svg, prepare(svg, width)).render();
  if (img.width !== width || img.height !== height)
    throw new Error(`chart image: drew ${img.width}×${img.height}, expected ${width}×${height}`);
  return img.asPng();
}

/** renderPng on a worker thread: the same bytes, while the build goes on with other pages. */
export async function renderPngAsync(svg: string, width: number, height: number): Promise<Buffer> {
  const png = await renderOnWorker(svg, timed('fontMs', () => prepare(svg, width)) ?? {});
  const size = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
  if (size !== `${width}×${height}`)
    throw new Error(`chart image: drew ${size}, expected ${width}×${height}`);
  return png;
}

/**
 * What decides the pixels besides the SVG and the size: resvg's version (its package.json, read once), the
 * fonts' contents and how this module hands them over (PREPARE, bumped when prepare() changes).
 */
const PREPARE = 1;
let renderer: string | null = null;
function rendererId(): string {
  if (renderer) return renderer;
  const resvg = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string })
    .version;
  renderer = `resvg-js ${resvg}; fonts ${fontsFingerprint()}; prepare ${PREPARE}`;
  return renderer;
}

/**
 * renderPngAsync through the drawing cache in `dir`, keyed by the SVG, the size and the renderer: an SVG
 * drawn by an earlier build is not drawn again, and its bytes are those drawn then, which are the bytes a
 * fresh drawing gives (resvg is deterministic, and the key holds everything it reads). Returns the key too.
 */
export async function renderPngCached(
  dir: string,
  svg: string,
  width: number,
  height: number
): Promise<{ png: Buffer; key: string }> {
  const key = timed('cacheMs', () => imageKey(svg, width, height, rendererId()));
  const { png, hit } = await cachedPng(dir, key, width, height, () => renderPngAsync(svg, width, height));
  if (hit) imageStats.drawHits++;
  else imageStats.drawn++;
  return { png, key };
}
