import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/lib/quantity';
import { brief, only } from './helpers';

/** Issue 14: every way Chinese writes a number, one table per family, in the phrasing of real text. */
type Want = Partial<Mention>;

function table(name: string, rows: [string, Want][]): void {
  describe(name, () => {
    it.each(rows)('%s', (input, want) => {
      expect(only(input)).toMatchObject(want);
    });
  });
}

table('negative numbers keep the sign the text writes', [
  ['当晚气温降到负三十二度', { text: '负三十二度', value: -32 }],
  ['账面余额为负10000', { text: '负10000', value: -10000 }],
  ['账面余额为-10000', { text: '-10000', value: -10000 }],
  ['净利润负四十五亿零四百零四万', { text: '负四十五亿零四百零四万', value: -4_504_040_000 }],
  ['现金流为负3.5亿元', { value: -3.5e8, unit: 'CNY', text: '负3.5亿元' }],
  ['增速为负百分之五', { text: '负百分之五', value: -5, unit: '%' }],
  ['利润下降30%', { text: '30%', value: 30 }],
  ['营收减少2亿元', { text: '2亿元', value: 2e8 }]
]);

table('financial (大写) numerals and old scales', [
  ['金额：壹佰伍拾元整', { value: 150, unit: 'CNY' }],
  ['肆佰陸拾元', { value: 460, unit: 'CNY' }],
  ['拾万零五十六', { value: 100_056 }],
  ['贰', { value: 2 }],
  ['陆', { value: 6 }],
  ['仟', { value: 1000 }],
  ['收款人民币贰元', { value: 2, unit: 'CNY' }],
  ['他們倆人都來了', { text: '倆人', value: 2, unit: 'people' }],
  ['四万万同胞', { text: '四万万', value: 4e8 }],
  ['10万万', { value: 1e9 }],
  ['總營收四十九兆九千五百九十二億元', { value: 4.99592e13, unit: 'CNY' }]
]);

table('colloquial abbreviations', [
  ['两千四百五', { value: 2450 }],
  ['九百九', { value: 990 }],
  ['一千陆', { value: 1600 }],
  ['百三', { value: 130 }],
  ['来了百三人', { text: '百三人', value: 130, unit: 'people' }],
  ['半百', { value: 50 }],
  ['年过半百', { text: '过半百', comparator: '>', low: 50 }]
]);

table('numbers written with spaces or mixed scripts', [
  ['7 万5 千4 百', { value: 75_400 }],
  ['一百 五 十 二', { value: 152 }],
  ['三千 八百 九十六 万 四千 九百 六十五', { value: 38_964_965 }],
  ['二十 億', { value: 2e9, scale: 1e8 }],
  ['5亿1万4千6百', { value: 500_014_600 }],
  ['４，５６５', { value: 4565 }],
  ['百分之９，９９９', { value: 9999, unit: '%' }],
  ['月薪40k', { text: '40k', value: 40_000, scale: 1000 }],
  ['3.2k', { value: 3200 }],
  ['１５k个百分点', { value: 15_000, unit: 'pp' }]
]);

table('vague scales with digits, as bounds', [
  ['十余万', { comparator: '>', low: 1e5 }],
  ['五百余万', { comparator: '>', low: 5e6 }],
  ['二十几万', { comparator: 'range', low: 210_000, high: 290_000 }],
  ['一百零几万', { comparator: 'range', low: 1_010_000, high: 1_090_000 }],
  ['一千五百零几万', { comparator: 'range', low: 15_010_000, high: 15_090_000 }],
  ['一百二十几亿', { comparator: 'range', low: 1.21e10, high: 1.29e10 }],
  ['三百几十人', { comparator: 'range', low: 310, high: 390, unit: 'people' }],
  ['20几万元', { comparator: 'range', low: 210_000, high: 290_000, unit: 'CNY' }]
]);

table('percent and shares', [
  ['七成六', { value: 76, unit: '%' }],
  ['三成半', { value: 35, unit: '%' }],
  ['半成', { value: 5, unit: '%' }],
  ['9.5成', { value: 95, unit: '%' }],
  ['２．１成', { value: 21, unit: '%' }],
  ['百分之一点五', { value: 1.5, unit: '%' }],
  ['百分之五十', { value: 50, unit: '%' }],
  ['仟分之贰', { value: 0.2, unit: '%' }],
  ['失业率上升0.3个百分点', { text: '0.3个百分点', value: 0.3, unit: 'pp', kind: 'percent' }],
  ['下降了两个百分点', { value: 2, unit: 'pp' }]
]);

table('discounts (折), never shares', [
  ['全场九折', { value: 90, unit: 'discount' }],
  ['75折', { value: 75, unit: 'discount' }],
  ['三八折', { value: 38, unit: 'discount' }],
  ['对折', { value: 50, unit: 'discount' }],
  ['半折出售', { value: 50, unit: 'discount' }],
  ['9.9折', { value: 99, unit: 'discount' }],
  ['打八五折', { text: '八五折', value: 85, unit: 'discount' }]
]);

table('counted nouns and dozens', [
  ['一打', { value: 12, unit: 'count' }],
  ['五十打', { value: 600, unit: 'count' }],
  ['半打鸡蛋', { value: 6, unit: 'count' }],
  ['一只', { value: 1, unit: 'count' }],
  ['十斤', { value: 10 }],
  ['养了3头牛', { value: 3, unit: 'count' }]
]);

table('currencies before and after the amount', [
  ['$20', { value: 20, unit: 'USD' }],
  ['￥300', { value: 300, unit: 'CNY' }],
  ['300美圆', { value: 300, unit: 'USD' }],
  ['15元', { value: 15, unit: 'CNY' }],
  ['50元6角三分', { value: 50.63, unit: 'CNY' }],
  ['500欧元', { value: 500, unit: 'EUR' }],
  ['€500', { value: 500, unit: 'EUR' }],
  ['3000日元', { value: 3000, unit: 'JPY' }],
  ['20英镑', { value: 20, unit: 'GBP' }],
  ['50瑞郎', { value: 50, unit: 'CHF' }],
  ['新台币3000元', { value: 3000, unit: 'TWD' }],
  ['NT$3000', { value: 3000, unit: 'TWD' }],
  ['100奈拉', { value: 100, unit: 'NGN' }],
  ['₦5000', { value: 5000, unit: 'NGN' }],
  ['EUR 200', { value: 200, unit: 'EUR' }],
  ['报价200 CHF', { value: 200, unit: 'CHF' }],
  ['125万元人民币', { value: 1_250_000, unit: 'CNY' }],
  ['100亿元人民币', { value: 1e10, unit: 'CNY' }],
  ['3毛钱', { value: 0.3, unit: 'CNY' }]
]);

table('English numerals quoted inside Chinese text', [
  ['裁减approximately 12,000 roles', { text: 'approximately 12,000 roles', comparator: '~', value: 12_000 }],
  ['宣布over 1,000 jobs', { text: 'over 1,000 jobs', comparator: '>', low: 1000, unit: 'count' }],
  ['融资$1.5 billion', { text: '$1.5 billion', value: 1.5e9, unit: 'USD', scale: 1e9 }],
  ['at least 30% 的用户', { comparator: '>=', low: 30, unit: '%' }],
  ['about 2 million users', { comparator: '~', value: 2e6, unit: 'people' }]
]);

describe('families with more than one figure', () => {
  it('reads an exchange rate as two amounts', () => {
    expect(brief('１欧元可以兑换１．０７５３美元')).toEqual([
      '１欧元|=|1|EUR',
      '１．０７５３美元|=|1.0753|USD'
    ]);
  });
  it('reads single-character numerals with measure words as counts', () => {
    expect(brief('九年八吨')).toEqual(['九年|=|9|years', '八吨|=|8|']);
  });
  it('leaves a bare 一 inside words alone', () => {
    for (const t of [
      '一些',
      '统一',
      '一直',
      '万一',
      '大陆',
      '队伍',
      '一打开门',
      '一波三折',
      '三折叠屏',
      '半成品'
    ]) {
      expect(brief(t), t).toEqual([]);
    }
  });
  it('keeps an article 一 before a noun out (一只猫, 一家公司)', () => {
    expect(brief('一只猫走进一家公司')).toEqual([]);
  });
});
