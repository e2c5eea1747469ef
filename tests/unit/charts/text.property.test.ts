import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapText } from '../../../src/lib/charts/text';

// A label is the figure's own subject: wrapping may break it into lines but never drop a character or add
// one (an inserted "…" once cut long labels in compact charts, embeds and slides).
const latinWord = fc.stringMatching(/^[A-Za-z’“”()0-9-]{1,18}$/);
const cjkRun = fc.stringMatching(/^[\u4e00-\u4e2f，。（）“”]{1,12}$/);
const label = fc
  .array(fc.oneof(latinWord, cjkRun), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(' '));

const squash = (s: string) => s.replace(/\s+/g, '');

describe('wrapText', () => {
  it('keeps every character of the label, in order, and adds none', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 40, max: 600 }), (text, width) => {
        const lines = wrapText(text, width, 13);
        expect(squash(lines.join(''))).toBe(squash(text));
        expect(lines.join('')).not.toContain('…');
      }),
      { seed: 11, numRuns: 400 }
    );
  });

  it('keeps every line within the width unless a single character is wider', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 40, max: 600 }), (text, width) => {
        for (const line of wrapText(text, width, 13)) {
          if ([...line].length > 1) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
        }
      }),
      { seed: 12, numRuns: 400 }
    );
  });

  it.each([
    ['Digital Science report “DeepSeek and the rise of Chinese AI research”: share of papers', 150],
    ['亚马逊中国平台化转型窗口期与本土化团队的最后一次扩张尝试', 120]
  ])('wraps %s to as many lines as it needs', (text, width) => {
    const lines = wrapText(text, width, 13);
    expect(lines.length).toBeGreaterThan(3);
    expect(squash(lines.join(''))).toBe(squash(text));
  });

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    fc.assert(
      fc.property(
        // Chinese as written: runs of characters, each mark next to a character (a label, not a line of marks).
        fc
          .array(
            fc.tuple(
              fc.constantFrom('', '（', '《'),
              fc.stringMatching(/^[\u4e00-\u4e2f]{1,6}$/),
              fc.constantFrom('', '）', '》', '，', '。', '：', '；', '！', '？', '、')
            ),
            { minLength: 1, maxLength: 8 }
          )
          .map((parts) => parts.map((p) => p.join('')).join('')),
        fc.integer({ min: 60, max: 300 }),
        (text, width) => {
          const lines = wrapText(text, width, 13);
          lines.slice(1).forEach((l, i) => {
            // A line may start with a closing mark only if the line before it is nothing but punctuation.
            if (/^[，。、；：）》！？]/.test(l)) expect(lines[i]).toMatch(/^[（）《》，。：；！？、]*$/);
          });
          for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/[（《]$/);
        }
      ),
      { seed: 13, numRuns: 400 }
    );
    // Seen in slide images: "（Manus国内主体\n）", "年份（\n预测）", a line starting "，洗稿".
    expect(wrapText('北京蝴蝶效应科技（Manus国内主体）', 95, 13).some((l) => l.startsWith('）'))).toBe(false);
    expect(wrapText('发布年份（预测）', 40, 13).some((l) => l.endsWith('（'))).toBe(false);
  });
});
