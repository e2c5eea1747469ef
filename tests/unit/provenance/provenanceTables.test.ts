import { describe, expect, it } from 'vitest';
import { citeArticle } from '../../../src/lib/provenance/citeArticle';
import { quoteInContext } from '../../../src/lib/provenance/quoteInContext';
import { sourceName } from '../../../src/lib/provenance/sourceName';
import { textFragmentUrl } from '../../../src/lib/provenance/textFragmentUrl';
import { ARTICLE } from '../charts/fixtures';

describe('citeArticle: the article named in a source line, with what is unknown said', () => {
  const known = { ...ARTICLE, outlet: '36氪', published: '2025-03-01' };
  it.each([
    [known, 'zh', '《文章一》（36氪，2025-03-01）'],
    [known, 'en', '“Article one” (36氪, 2025-03-01)'],
    [ARTICLE, 'zh', '《文章一》（媒体未知，日期未知）'],
    [ARTICLE, 'en', '“Article one” (outlet unknown, date unknown)'],
    [{ ...ARTICLE, published: '2025' }, 'en', '“Article one” (outlet unknown, 2025)']
  ] as const)('%#: %s', (article, lang, want) => {
    expect(citeArticle(article, lang)).toBe(want);
  });
});

describe('quoteInContext: the quote within its own paragraph, offsets into the raw text', () => {
  const raw = '第一段。\n据IDC数据，阿里以24.4%占比位列第一。\n第三段。';
  const start = raw.indexOf('阿里以24.4%');
  const end = start + '阿里以24.4%'.length;
  it.each([
    [160, { before: '据IDC数据，', after: '占比位列第一。', clippedStart: false, clippedEnd: false }],
    [3, { before: '数据，', after: '占比位', clippedStart: true, clippedEnd: true }],
    [0, { before: '', after: '', clippedStart: true, clippedEnd: true }]
  ] as const)('radius %d', (radius, want) => {
    expect(quoteInContext(raw, start, end, radius)).toEqual({ ...want, quote: '阿里以24.4%' });
  });

  it('never reaches into the paragraph before or after', () => {
    const q = quoteInContext(raw, 0, 4);
    expect(q).toEqual({ before: '', quote: '第一段。', after: '', clippedStart: false, clippedEnd: false });
    const last = raw.lastIndexOf('第三段');
    expect(quoteInContext(raw, last, raw.length).before).toBe('');
  });
});

describe('textFragmentUrl: the original page scrolled to the quote', () => {
  const raw = '前言。\n据IDC数据，阿里以24.4%占比位列第一，腾讯第二。';
  const at = (q: string) => [raw.indexOf(q), raw.indexOf(q) + q.length] as const;
  it.each([
    [
      'a long quote alone',
      'https://ex.org/a',
      '阿里以24.4%占比位列第一，腾讯',
      'https://ex.org/a#:~:text=%E9%98%BF%E9%87%8C%E4%BB%A524.4%25%E5%8D%A0%E6%AF%94%E4%BD%8D%E5%88%97%E7%AC%AC%E4%B8%80%EF%BC%8C%E8%85%BE%E8%AE%AF'
    ],
    [
      'a short quote with a prefix from its line',
      'https://ex.org/a',
      '24.4%',
      'https://ex.org/a#:~:text=IDC%E6%95%B0%E6%8D%AE%EF%BC%8C%E9%98%BF%E9%87%8C%E4%BB%A5-,24.4%25'
    ],
    [
      'an existing fragment replaced',
      'https://ex.org/a#top',
      '24.4%',
      'https://ex.org/a#:~:text=IDC%E6%95%B0%E6%8D%AE%EF%BC%8C%E9%98%BF%E9%87%8C%E4%BB%A5-,24.4%25'
    ]
  ])('%s', (_what, url, quote, want) => {
    const [s, e] = at(quote);
    expect(textFragmentUrl(url, raw, s, e)).toBe(want);
  });

  it('escapes a hyphen, which would otherwise split the directive', () => {
    const r = 'GPT-4o的训练成本';
    expect(textFragmentUrl('https://ex.org', r, 0, r.length)).toBe(
      'https://ex.org#:~:text=GPT%2D4o%E7%9A%84%E8%AE%AD%E7%BB%83%E6%88%90%E6%9C%AC'
    );
  });

  it('takes no prefix from the line before', () => {
    const r = '上一行\n5%';
    expect(textFragmentUrl('https://ex.org', r, 4, 6)).toBe('https://ex.org#:~:text=5%25');
  });
});

describe('sourceName: an attribution in the page’s language', () => {
  it.each([
    ['天眼查 (Tianyancha)', 'zh', '天眼查'],
    ['天眼查 (Tianyancha)', 'en', '天眼查 (Tianyancha)'],
    ['IDC', 'zh', 'IDC'],
    ['Digital Science (Dimensions)', 'zh', 'Digital Science（Dimensions）'],
    ['early reports (unnamed)', 'zh', '早期报道（未具名）'],
    ['early reports (unnamed)', 'en', 'early reports (unnamed)'],
    ['  彭博社  ', 'zh', '彭博社']
  ] as const)('%s in %s', (name, lang, want) => {
    expect(sourceName(name, lang)).toBe(want);
  });
});
