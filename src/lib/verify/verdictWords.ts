import type { Lang, Verdict } from '../schema';

/** A verdict in words, for badges, tables and ClaimReview's alternateName. */
export const VERDICT_WORDS: Record<Lang, Record<Verdict, string>> = {
  zh: {
    matches: '与原始记录相符',
    differs: '与原始记录不符',
    unverified: '未能核实',
    'not-checkable': '无法核查(观点、预测或传言)'
  },
  en: {
    matches: 'Matches the record',
    differs: 'Differs from the record',
    unverified: 'Unverified',
    'not-checkable': 'Not checkable (opinion, forecast or rumour)'
  }
};
