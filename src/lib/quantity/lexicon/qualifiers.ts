import type { Comparator } from '../../schema/vocab';

/**
 * Words that qualify a number, with the comparator they give. Lower bounds that include the bound (至少, 不少于)
 * are '>=', plain "more than" words '>'; 最多 / 不超过 / 以内 are '<='. Longer words are listed first.
 */
export const PREFIX_QUALIFIERS: readonly (readonly [string, Comparator])[] = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不下于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['差不多', '~'],
  ['接近', '~'],
  ['将近', '~'],
  ['大约', '~'],
  ['大概', '~'],
  ['大致', '~'],
  ['约为', '~'],
  ['约合', '~'],
  ['约莫', '~'],
  ['超过', '>'],
  ['超出', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['大于', '>'],
  ['突破', '>'],
  ['至少', '>='],
  ['最少', '>='],
  ['起码', '>='],
  ['不足', '<'],
  ['不到', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['未满', '<'],
  ['不满', '<'],
  ['不及', '<'],
  ['最多', '<='],
  ['至多', '<='],
  ['顶多', '<='],
  ['近', '~'],
  ['约', '~'],
  ['逾', '>'],
  ['超', '>'],
  ['过', '>']
];

/** Characters before a one-character qualifier that make it part of another word (最近, 签约, 经过, 赶超). */
export const PREFIX_GUARDS: Readonly<Record<string, string>> = {
  近: '最附靠亲贴逼将接邻就',
  约: '签合预制公条节契违相邀特缔大简隐婉',
  超: '赶高',
  过: '经通不度跨超越错路记功难放太'
};

/** 过 only qualifies a round scale (过万, 过亿): 过3年 is "after 3 years". */
export const SCALE_ONLY_PREFIXES = new Set(['过']);

export const SUFFIX_QUALIFIERS: readonly (readonly [string, Comparator])[] = [
  ['及以上', '>='],
  ['及以下', '<='],
  ['或以上', '>='],
  ['或以下', '<='],
  ['以上', '>'],
  ['之上', '>'],
  ['有余', '>'],
  ['开外', '>'],
  ['出头', '>'],
  ['以下', '<'],
  ['之下', '<'],
  ['不到', '<'],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
  ['余', '>'],
  ['多', '>']
];

/** Characters after a suffix word that show it belongs to the next word (以下简称, 上下游, 多家). */
export const SUFFIX_GUARDS: Readonly<Record<string, string>> = {
  以下: '简称',
  上下: '游文班楼级半',
  多: '家个数种位名项次年元人样方',
  余: '额量地粮'
};

/** Words joining the two ends of a range (10到100倍, 2017年至2022年, 10%-20%, 3~5年). */
export const RANGE_SEPARATORS = ['到', '至', '-', '－', '~', '～', '〜', '—', '–'];
