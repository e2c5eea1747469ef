import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/lib/quantity';
import { textPieces } from '../../../scripts/lib/textStream';

const dir = mkdtempSync(join(tmpdir(), 'extract-'));
const write = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
/** What extract prints for a file: mentions of each piece, shifted by the piece's offset. */
const streamed = (path: string) =>
  [...textPieces(path)].flatMap((p) =>
    recognize(p.text)
      .filter((m) => m.start >= p.keepFrom && m.start < p.keepTo)
      .map((m) => ({ ...m, start: m.start + p.offset, end: m.end + p.offset }))
  );

describe('extract reads its input in pieces with exact offsets', () => {
  it('many lines (several pieces, a 4-byte character and CJK before the cuts): the same mentions as the whole text', () => {
    const line = (i: number) => `第${i}段:2024年营收增长${i % 97}%,投资${i}万美元𠀀。\n`;
    const text = Array.from({ length: 5_000 }, (_, i) => line(i)).join('');
    expect(text.length).toBeGreaterThan(2 * 65_536);
    const path = write('lines.txt', text);
    expect(streamed(path)).toEqual(recognize(text));
  }, 300_000);

  it('one enormous line is cut after sentences, and every quote is still the text at its offsets', () => {
    const text = '这一段很长的文字只是为了让这一行超过一百万个字符而已,阿里云份额为26.1%。'.repeat(28_000);
    const path = write('one-line.txt', text);
    const found = streamed(path);
    expect(found.length).toBeGreaterThan(20_000);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 300_000);
});

describe('a line of dense numerals with no sentence end', () => {
  it('is read in overlapping windows: exactly the mentions of the whole text, none cut, none twice', () => {
    const item = (i: number) => `${(i * 7919) % 99999}万元、不到${i % 99}.${i % 10}%、约${i}亿美元𠀀、`;
    const text = Array.from({ length: 30_000 }, (_, i) => item(i)).join('');
    expect(text.length).toBeGreaterThan(4 * (1 << 17));
    const path = write('dense.txt', text);
    expect(streamed(path)).toEqual(recognize(text));
  }, 300_000);
});

describe('extract refuses what is not UTF-8 text, with a message', () => {
  const extract = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

  it('GBK bytes, a NUL byte, a folder', () => {
    const gbk = write(
      'gbk.txt',
      Buffer.concat([Buffer.from('营收1亿元\n'), Buffer.from([0xb0, 0xa2, 0xc0, 0xef])])
    );
    const a = extract(gbk);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain(
      `extract: ${gbk}:2:1: not valid UTF-8: byte 14 is b0 a2 c0 ef (these bytes are valid GBK)`
    );
    expect(a.stderr).toContain(`iconv -f GBK -t UTF-8 '${gbk}' > '${gbk}.utf8'`);
    const bin = extract(write('bin.txt', Buffer.from([0x31, 0x32, 0x00, 0x33])));
    expect(bin.stderr).toMatch(/byte 2 is NUL: this is a binary file, not text/);
    const folder = extract(dir);
    expect(folder.stderr).toContain(`extract: cannot read '${dir}': is a directory`);
    for (const r of [a, bin, folder]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
