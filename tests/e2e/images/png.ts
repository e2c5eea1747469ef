import { inflateSync } from 'node:zlib';

/** The size in a PNG's header (IHDR), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(bytes);
  if (
    b.length < 24 ||
    b.toString('hex', 0, 8) !== '89504e470d0a1a0a' ||
    b.toString('latin1', 12, 16) !== 'IHDR'
  )
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** An 8-bit RGB or RGBA, non-interlaced PNG (what resvg writes) decoded to RGBA rows. */
export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const b = Buffer.from(bytes);
  const size = pngSize(b);
  if (!size) throw new Error('not a PNG');
  const { width, height } = size;
  const colorType = b[25];
  if (b[24] !== 8 || b[28] !== 0 || (colorType !== 6 && colorType !== 2))
    throw new Error(`PNG format not handled here (depth ${b[24]}, colour type ${colorType})`);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let p = 8; p < b.length;) {
    const len = b.readUInt32BE(p);
    if (b.toString('latin1', p + 4, p + 8) === 'IDAT') idat.push(b.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const up = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const x = line[i] ?? 0;
      const pa = Math.abs(up - c);
      const pb = Math.abs(a - c);
      const pc = Math.abs(a + up - 2 * c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      const pred = [0, a, up, (a + up) >> 1, paeth][filter ?? 0] ?? 0;
      cur[i] = (x + pred) & 255;
    }
    for (let xp = 0; xp < width; xp++)
      for (let k = 0; k < 4; k++)
        out[(y * width + xp) * 4 + k] = k < channels ? (cur[xp * channels + k] ?? 0) : 255;
    prev = cur;
  }
  return { width, height, rgba: out };
}

/** How many pixels in a box differ clearly from the colour at its top-left corner (ink on the background). */
export function inkIn(
  img: { width: number; rgba: Uint8Array },
  box: { x: number; y: number; w: number; h: number }
): number {
  const at = (x: number, y: number) => (y * img.width + x) * 4;
  const bg = [0, 1, 2].map((k) => img.rgba[at(box.x, box.y) + k] ?? 0);
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const d = [0, 1, 2].reduce((s, k) => s + Math.abs((img.rgba[at(x, y) + k] ?? 0) - (bg[k] ?? 0)), 0);
      if (d > 96) n++;
    }
  return n;
}
