import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';

/**
 * The fonts every image is drawn with, loaded by path (never the machine's default fallbacks, which differ
 * from machine to machine): Noto Sans CJK from Debian's fonts-noto-cjk (which `.ci/run` installs). Chinese
 * images use its SC face, English images its JP face, whose Latin punctuation is proportional (the SC
 * face sets ’ and “ full width, as Chinese does). No separate Latin font: resvg draws a whole run of text
 * in the fallback font once one character needs it, so a line would switch families at random.
 */
export const FONT_FILES = {
  regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  pkg: 'fonts-noto-cjk',
  zh: 'Noto Sans CJK SC',
  latin: 'Noto Sans CJK JP'
} as const;

type Exports = Record<string, (...a: number[]) => number> & { memory: WebAssembly.Memory };
type Subsetter = {
  x: Exports;
  files: Record<'regular' | 'bold', { data: Buffer; blob: number }>;
  faces: Map<string, number>;
};
let loaded: Subsetter | null = null;

function need(path: string): Buffer {
  if (!existsSync(path))
    throw new Error(
      `chart images need the font ${path}: install the Debian package ${FONT_FILES.pkg} (.ci/run does)`
    );
  return readFileSync(path);
}

/** The face of `family` in a font collection (a .ttc holds one face per region). */
function faceIndex(data: Buffer, family: string): number {
  const blob = new hb.Blob(data);
  const count = data.toString('latin1', 0, 4) === 'ttcf' ? data.readUInt32BE(8) : 1;
  for (let i = 0; i < count; i++) if (new hb.Face(blob, i).getName(1, 'en') === family) return i;
  throw new Error(`chart images: no face "${family}" in the font file`);
}

/**
 * The CJK fonts, loaded once per build into HarfBuzz's subsetter. The full fonts are 20 MB each, and the
 * renderer reads a font file again for every run of text, so each image gets a subset holding only its
 * own characters: drawing stays fast, and the glyphs are the font's own.
 */
function subsetter(): Subsetter {
  if (loaded) return loaded;
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const x = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as Exports;
  const file = (path: string) => {
    const data = need(path);
    const ptr = x.malloc!(data.length);
    new Uint8Array(x.memory.buffer).set(data, ptr);
    // Read-only, kept for the whole build.
    return { data, blob: x.hb_blob_create!(ptr, data.length, 1, 0, 0) };
  };
  loaded = { x, files: { regular: file(FONT_FILES.regular), bold: file(FONT_FILES.bold) }, faces: new Map() };
  return loaded;
}

/** A face of the collection, preprocessed once: every later subset of it is quick. */
function face(s: Subsetter, weight: 'regular' | 'bold', family: string): number {
  const key = `${weight} ${family}`;
  let f = s.faces.get(key);
  if (f === undefined) {
    const { data, blob } = s.files[weight];
    f = s.x.hb_subset_preprocess!(s.x.hb_face_create!(blob, faceIndex(data, family)));
    s.faces.set(key, f);
  }
  return f;
}

function subset(s: Subsetter, face: number, codes: number[]): Buffer {
  const { x } = s;
  const input = x.hb_subset_input_create_or_fail!();
  const set = x.hb_subset_input_unicode_set!(input);
  for (const c of codes) x.hb_set_add!(set, c);
  const out = x.hb_subset_or_fail!(face, input);
  x.hb_subset_input_destroy!(input);
  if (!out) throw new Error('chart images: the font could not be subset');
  const blob = x.hb_face_reference_blob!(out);
  const bytes = Buffer.from(
    new Uint8Array(x.memory.buffer, x.hb_blob_get_data!(blob, 0), x.hb_blob_get_length!(blob))
  );
  x.hb_blob_destroy!(blob);
  x.hb_face_destroy!(out);
  return bytes;
}

const dir = join(tmpdir(), 'cited-figures-fonts');
const recent = new Map<string, string[]>();

/**
 * Font files for an image whose text in `family` uses `chars`: its regular and bold faces subset to them
 * (content-addressed files in the system's temp folder, reused by images with the same characters). Throws,
 * naming the characters, when the font lacks one: it would be drawn as a box (tofu) or not at all.
 */
export function fontFilesFor(chars: Iterable<string>, family: string = FONT_FILES.zh): string[] {
  const s = subsetter();
  const codes = [...new Set([...chars].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const key = `${family}|${String.fromCodePoint(...codes)}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const reg = subset(s, face(s, 'regular', family), codes);
  const covered = new Set(new hb.Face(new hb.Blob(reg)).collectUnicodes());
  const missing = codes.filter((c) => c >= 0x20 && !covered.has(c));
  if (missing.length)
    throw new Error(
      `chart images: no font has ${missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}"`).join(', ')}; it would be drawn as a box`
    );
  mkdirSync(dir, { recursive: true });
  const file = (bytes: Buffer) => {
    const path = join(dir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.otf`);
    // Written under a private name and renamed: builds running side by side may share the folder.
    if (!existsSync(path)) {
      writeFileSync(`${path}.${process.pid}`, bytes);
      renameSync(`${path}.${process.pid}`, path);
    }
    return path;
  };
  const files = [file(reg), file(subset(s, face(s, 'bold', family), codes))];
  if (recent.size > 16) recent.delete(recent.keys().next().value as string);
  recent.set(key, files);
  return files;
}

let fingerprint: string | null = null;

/** A digest of the font files' bytes, read once per build: an updated font package changes every image key. */
export function fontsFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256');
  for (const path of [FONT_FILES.regular, FONT_FILES.bold]) h.update(need(path));
  fingerprint = h.digest('hex').slice(0, 16);
  return fingerprint;
}
