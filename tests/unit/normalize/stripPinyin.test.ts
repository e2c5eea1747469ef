import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../../src/lib/normalize';

describe('stripPinyin', () => {
  it.each([
    ['最近我發(fā)現(xiàn)一個', '最近我發現一個'],
    ['中國團(tuán)隊(duì)打造', '中國團隊打造'],
    ['清華大學(xué)', '清華大學'],
    ['全角發（fā）現（xiàn）', '全角發現'],
    ['綠(lǜ)色', '綠色'],
    ['綠(lü)色與發(fā)', '綠色與發'],
    ['莊(zhuāng)重', '莊重'],
    ['呣(ḿ)', '呣']
  ])('strips the annotations in %s', (raw, text) => {
    expect(stripPinyin(raw).text).toBe(text);
  });

  it.each([
    ['Deep Graph Library (DGL) 的开源软件'],
    ['国际数据公司(IDC)最新发布'],
    ['阿里巴巴(09988,以下简称“阿里”)以26.1%'],
    ['两个数量级(10到100倍)'],
    ['亚马逊(AMZN)云科技'],
    ['物流公司卓越(Zappos)'],
    ['Lilian Weng (翁丽莲)'],
    ['Metrics (1.3.0) [Data set]'],
    ['方向?qū)α耍筒慌逻h(yuǎn)'],
    ['应用(app)商店'],
    ['发现(de)现象'],
    ['太长(zhuangzh)了']
  ])('keeps ordinary parentheses: %s', (raw) => {
    expect(stripPinyin(raw).text).toBe(raw);
  });

  it('strips toneless syllables only in a text that carries toned annotations', () => {
    expect(stripPinyin('他的(de)书').text).toBe('他的(de)书');
    expect(stripPinyin('他的(de)書(shū)').text).toBe('他的書');
  });

  it('maps every kept character to its own raw offset', () => {
    const raw = 'a發(fā)現(xiàn)b';
    const { text, starts, ends } = stripPinyin(raw);
    expect(text).toBe('a發現b');
    expect([...starts]).toEqual([0, 1, 6, 13]);
    expect([...ends]).toEqual([1, 2, 7, 14]);
  });
});
