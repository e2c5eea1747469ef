import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/lib/i18n/strings';

/** The source files of the download code: the panel, its images and its script. */
const files = ['src/lib/export', 'src/lib/enhance'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f))
    .map((f) => join(dir, f))
);

describe('the downloads’ words live in i18n', () => {
  it('both languages have the same words, and the sentences that take a value take it', () => {
    const { zh, en } = { zh: strings.zh.downloads, en: strings.en.downloads };
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.guideItems.map(([tool]) => tool)).toHaveLength(en.guideItems.length);
    expect(zh.png2xSized('1400×900')).toBe('PNG 屏幕尺寸的2倍（1400×900）');
    expect(en.png2xSized('1400×900')).toBe('PNG at 2× screen size\u00a0(1400×900)');
    expect(zh.saved('a.pptx')).toBe('已生成：a.pptx');
    expect(en.failed('no chart')).toBe('Could not make the file: no chart');
  });

  it('the download code keeps no dictionary of its own and picks no language by hand', () => {
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /lang === 'zh' \?|lang === 'en' \?|DOWNLOADS_TEXT/.test(line)
            ? [`${file}:${i + 1}: ${line.trim()}`]
            : []
        )
    );
    expect(found).toEqual([]);
  });
});
