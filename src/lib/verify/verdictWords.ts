import type { Difference, Lang, Verdict } from '../schema';
import type { ConflictKind } from './claimConflicts';
import type { MentionConflict } from './mentionConflicts';

/**
 * A verdict in one sign, for chips too small for words (after each quote on an article page). ◆ is the sign
 * charts already give a figure whose record differs; the words go in the chip's title and accessible name.
 */
export const VERDICT_SIGNS: Record<Verdict, string> = {
  matches: '✓',
  partly: '◐',
  differs: '◆',
  unverified: '?',
  'not-checkable': '–'
};

/** A verdict in words, for badges, tables and ClaimReview's alternateName. */
export const VERDICT_WORDS: Record<Lang, Record<Verdict, string>> = {
  zh: {
    matches: '与原始记录相符',
    partly: '数字相符，所计对象不符',
    differs: '与原始记录不符',
    unverified: '未能核实',
    'not-checkable': '无法核查（观点、预测或传言）'
  },
  en: {
    matches: 'Matches the record',
    partly: 'Number matches, not what it counts',
    differs: 'Differs from the record',
    unverified: 'Unverified',
    'not-checkable': 'Not checkable (opinion, forecast or rumour)'
  }
};

/** What each verdict means, for the legend beside verdict badges (/checks, figure pages). */
export const VERDICT_MEANINGS: Record<Lang, Record<Verdict, string>> = {
  zh: {
    matches: '原始记录给出同一数字，所计对象也相同。',
    partly: '原始记录支持这个数字，但它计的不是文章所说的对象（例如把50名AI研究人员写成50位博士）。',
    differs: '原始记录给出的数值、单位或币种、日期、所计对象或来源与文章不同。',
    unverified: '没有找到能证实或否定的原始记录；说明里写明搜索了什么。',
    'not-checkable': '观点、预测或传言，没有记录可以证实。'
  },
  en: {
    matches: 'The record gives the same number for the same thing.',
    partly:
      'The record supports the number, but not what the article says it counts (50 AI researchers cited as 50 PhDs).',
    differs: 'The record gives a different value, unit or currency, date, thing counted or source.',
    unverified: 'No record was found to confirm or refute it; the note says what was searched.',
    'not-checkable': 'An opinion, forecast or rumour that no record can settle.'
  }
};

/** The aspects a record can disagree about, in words. `unit` reads "currency" for money. */
export const DIFFERENCE_WORDS: Record<Lang, Record<Difference | 'currency', string>> = {
  zh: {
    value: '数值',
    counted: '所计对象',
    unit: '单位',
    currency: '币种',
    date: '日期',
    attribution: '来源'
  },
  en: {
    value: 'the value',
    counted: 'what is counted',
    unit: 'the unit',
    currency: 'the currency',
    date: 'the date',
    attribution: 'the attribution'
  }
};

/** How two citations of one claim (or two mentions of one name) disagree, in words: figure pages, chart pages. */
export const CONFLICT_WORDS: Record<Lang, Record<ConflictKind | MentionConflict['kind'], string>> = {
  zh: {
    value: '数值不一致',
    qualifier: '限定词不一致',
    date: '日期不一致',
    attribution: '来源不一致',
    name: '名字不一致',
    title: '头衔不一致'
  },
  en: {
    value: 'values differ',
    qualifier: 'qualifiers differ',
    date: 'dates differ',
    attribution: 'sources differ',
    name: 'names differ',
    title: 'titles differ'
  }
};
