import { describe, expect, it } from 'vitest';
import { suggestMetadata } from '../../../../scripts/lib/desk/suggestMetadata';

describe('suggestMetadata: only what the text states, each with where it was read', () => {
  it.each([
    [
      '标题\n\n正文。\n\n本文来源：网易号“云端观察”\n2025年9月12日\n',
      { outlet: '网易号', published: '2025-09-12', title: '标题' }
    ],
    [
      '标题\n正文。\n来源：澎湃新闻 https://www.thepaper.cn/a/1\n',
      { outlet: '澎湃新闻', url: 'https://www.thepaper.cn/a/1', title: '标题' }
    ],
    ['标题\n正文。\n本文经授权转载自微信公众号“东针”，36氪经授权发布。\n', { outlet: '36氪', title: '标题' }],
    ['这一段是第一段正文，以句号结束。\n正文提到网易的业务。\n', {}]
  ])('%s', (text, want) => {
    const got = suggestMetadata(text);
    const values = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, v?.value]));
    expect(values).toEqual(want);
  });

  it('says the line and words each field was read from', () => {
    const got = suggestMetadata('标题\n正文。\n发布于 2024-02-30 与 2024-03-01\n');
    // 2024-02-30 is no date: it is not offered; the next printed date on another line would be.
    expect(got.published).toBeUndefined();
    expect(suggestMetadata('标题\n正文。\n来源：搜狐 2024年3月1日\n').published).toEqual({
      value: '2024-03-01',
      line: 3,
      from: '2024年3月1日'
    });
  });

  it('never takes an outlet named in the body for the footer', () => {
    const body = Array.from({ length: 10 }, (_, i) => `第${i}段，提到36氪和澎湃的报道。`).join('\n');
    expect(suggestMetadata(`标题\n${body}\n（完）\n`).outlet).toBeUndefined();
  });
});
