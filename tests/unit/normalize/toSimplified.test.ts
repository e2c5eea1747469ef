import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { stripPinyin, toSimplified } from '../../../src/lib/normalize';

const opencc = OpenCC.Converter({ from: 't', to: 'cn' });

describe('toSimplified', () => {
  it('converts like OpenCC t→cn', () => {
    expect(toSimplified('發現團隊7500萬美元,兩三個,幾十億,數百名').text).toBe(
      '发现团队7500万美元,两三个,几十亿,数百名'
    );
  });

  it('gives exactly the OpenCC output on every article', () => {
    for (const f of readdirSync('data/articles')) {
      const text = stripPinyin(readFileSync(`data/articles/${f}`, 'utf8')).text;
      expect(toSimplified(text).text).toBe(opencc(text));
    }
  });

  it('maps a length-changing phrase onto the whole replaced input', () => {
    const m = toSimplified('x二噁英y');
    expect(m.text).toBe('x二𫫇英y');
    expect(m.text.length).toBe(6);
    expect([...m.starts]).toEqual([0, 1, 1, 1, 1, 4]);
    expect([...m.ends]).toEqual([1, 4, 4, 4, 4, 5]);
  });

  it('maps a BMP character simplified to an astral one onto that character', () => {
    const m = toSimplified('㗲了');
    expect(m.text).toBe(opencc('㗲了'));
    expect(m.text.length).toBe(3);
    expect([...m.starts]).toEqual([0, 0, 1]);
    expect([...m.ends]).toEqual([1, 1, 2]);
  });

  it('agrees with OpenCC and keeps a monotone map on random traditional text', () => {
    const alphabet = [...'發現團隊萬億兩幾數個國說話乾隆著名顯著後來髮型二噁英㗲裏面臺灣一二三\n ,。AB12'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        const m = toSimplified(s);
        expect(m.text).toBe(opencc(s));
        for (let i = 0; i < m.text.length; i++) {
          expect(m.starts[i]).toBeLessThan(m.ends[i] as number);
          if (i > 0) {
            expect(m.starts[i]).toBeGreaterThanOrEqual(m.starts[i - 1] as number);
            expect(m.ends[i]).toBeGreaterThanOrEqual(m.ends[i - 1] as number);
          }
        }
        if (s.length) expect([m.starts[0], m.ends[m.text.length - 1]]).toEqual([0, s.length]);
      }),
      { numRuns: 1000 }
    );
  });
});
