import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../../src/lib/provenance/sourceLine';
import { sourceName } from '../../../src/lib/provenance/sourceName';
import type { Article } from '../../../src/lib/schema';
import { ARTICLE } from '../charts/fixtures';

const A1: Article = { ...ARTICLE, outlet: '36氪', published: '2025-12-01', label_en: 'Lab closes' };
const A2: Article = { ...ARTICLE, id: 'a2', label_zh: '文章二', label_en: 'Article two', outlet: '网易' };
const ARTICLES = new Map([
  [A1.id, A1],
  [A2.id, A2]
]);
const ZH1 = '《文章一》（36氪，2025-12-01）';
const EN1 = '“Lab closes” (36氪, 2025-12-01)';

const figs = (...who: string[]) => who.map((attributed_to) => ({ attributed_to, article_id: 'a1' }));
const TYC = '天眼查 (Tianyancha)';
const U = 'unattributed';

describe('sourceLine says which source backs which figures', () => {
  const cases: { name: string; who: string[]; en: string; zh: string }[] = [
    {
      name: 'one attributed figure',
      who: [TYC],
      en: `Source: ${TYC}, as cited in ${EN1}`,
      zh: `来源：天眼查，转引自${ZH1}`
    },
    {
      name: 'one source for every figure',
      who: ['IDC', 'IDC', 'IDC'],
      en: `Source: IDC, as cited in ${EN1}`,
      zh: `来源：IDC，转引自${ZH1}`
    },
    {
      name: 'no attribution at all: the article is the source',
      who: [U, U],
      en: `Source: ${EN1}`,
      zh: `来源：${ZH1}`
    },
    {
      name: 'the money chart: one of eight attributed',
      who: [U, U, TYC, U, U, U, U, U],
      en: `Source: ${TYC} for one figure; the other seven unattributed, as cited in ${EN1}`,
      zh: `来源：天眼查（1项数据）；其余7项未注明来源，转引自${ZH1}`
    },
    {
      name: 'two sources and the rest unattributed',
      who: ['IDC', U, 'IDC', 'Digital Science', U, U, U, U, U, U, U, U, U, U],
      en: `Source: IDC for two figures; Digital Science for one figure; the other 11 unattributed, as cited in ${EN1}`,
      zh: `来源：IDC（2项数据）；Digital Science（1项数据）；其余11项未注明来源，转引自${ZH1}`
    },
    {
      name: 'two sources, nothing unattributed',
      who: ['IDC', 'ETO (Georgetown CSET)', 'ETO (Georgetown CSET)'],
      en: `Source: IDC for one figure; ETO (Georgetown CSET) for two figures, as cited in ${EN1}`,
      zh: `来源：IDC（1项数据）；ETO（Georgetown CSET）（2项数据），转引自${ZH1}`
    },
    {
      name: 'a generic English attribution gets a Chinese rendering',
      who: ['early reports (unnamed)', U],
      en: `Source: early reports (unnamed) for one figure; the other one unattributed, as cited in ${EN1}`,
      zh: `来源：早期报道（未具名）（1项数据）；其余1项未注明来源，转引自${ZH1}`
    }
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(sourceLine(figs(...c.who), ARTICLES, 'en')).toBe(c.en);
      expect(sourceLine(figs(...c.who), ARTICLES, 'zh')).toBe(c.zh);
    });
  }

  it('cites every article once, in order, with what is unknown said', () => {
    const f = [
      { attributed_to: U, article_id: 'a1' },
      { attributed_to: U, article_id: 'a2' },
      { attributed_to: U, article_id: 'a1' }
    ];
    expect(sourceLine(f, ARTICLES, 'zh')).toBe(`来源：${ZH1}、《文章二》（网易，日期未知）`);
    expect(sourceLine(f, ARTICLES, 'en')).toBe(`Source: ${EN1}; “Article two” (网易, date unknown)`);
  });

  it('a zh line has full-width punctuation and no English words of ours', () => {
    for (const c of cases) {
      const zh = sourceLine(figs(...c.who), ARTICLES, 'zh');
      expect(zh).not.toMatch(/[(),:;]/);
      expect(zh).not.toMatch(/unattributed|unnamed|figure|cited/);
    }
  });
});

describe('sourceName', () => {
  it.each([
    [TYC, '天眼查', TYC],
    ['林俊旸 (Lin Junyang, Alibaba Qwen)', '林俊旸', '林俊旸 (Lin Junyang, Alibaba Qwen)'],
    ['IDC', 'IDC', 'IDC'],
    ['ETO (Georgetown CSET)', 'ETO（Georgetown CSET）', 'ETO (Georgetown CSET)'],
    ['early reports (unnamed)', '早期报道（未具名）', 'early reports (unnamed)'],
    [
      '彭博社、《金融时报》 (Bloomberg, Financial Times)',
      '彭博社、《金融时报》',
      '彭博社、《金融时报》 (Bloomberg, Financial Times)'
    ]
  ])('%s', (raw, zh, en) => {
    expect(sourceName(raw, 'zh')).toBe(zh);
    expect(sourceName(raw, 'en')).toBe(en);
  });
});
