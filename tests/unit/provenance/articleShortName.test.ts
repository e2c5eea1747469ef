import { describe, expect, it } from 'vitest';
import { articleShortName } from '../../../src/lib/provenance/articleShortName';
import { ARTICLE } from '../charts/fixtures';

describe('articleShortName names an article in a few words, from its label only', () => {
  it.each([
    [
      '亚马逊关停上海AI研究中心（东针/36氪）',
      'Amazon closes its last AI lab (Dongzhen via 36Kr)',
      '东针/36氪',
      'Dongzhen via 36Kr'
    ],
    [
      'AWS上海AI研究院解散',
      'AWS dissolves its institute',
      '《AWS上海AI研究院解散》',
      '“AWS dissolves its institute”'
    ],
    // Brackets inside a label but not at its end are part of the title.
    [
      '（快讯）亚马逊裁员',
      '(Update) Amazon cuts jobs',
      '《（快讯）亚马逊裁员》',
      '“(Update) Amazon cuts jobs”'
    ]
  ])('%s / %s', (zh, en, shortZh, shortEn) => {
    const a = { ...ARTICLE, label_zh: zh, label_en: en };
    expect(articleShortName(a, 'zh')).toBe(shortZh);
    expect(articleShortName(a, 'en')).toBe(shortEn);
  });
});
