import { describe, expect, it } from 'vitest';
import { recognize, type Mention } from '../../../src/lib/quantity';
import { brief, only } from './helpers';

type Want = Partial<Mention>;

const money: [string, Want][] = [
  [
    '砸了7500万美元当上大股东',
    { text: '7500万美元', kind: 'money', value: 75e6, unit: 'USD', scale: 1e4, comparator: '=' }
  ],
  ['以10亿美元收购', { text: '10亿美元', value: 1e9, unit: 'USD', scale: 1e8 }],
  ['注册资本为125万元人民币。', { text: '125万元人民币', value: 1_250_000, unit: 'CNY', scale: 1e4 }],
  ['炒作到10万元一个', { text: '10万元', value: 100_000, unit: 'CNY', comparator: '=' }],
  ['花20亿美金买', { text: '20亿美金', value: 2e9, unit: 'USD' }],
  ['募资100亿港元', { text: '100亿港元', value: 1e10, unit: 'HKD', scale: 1e8 }],
  ['募资港元100亿', { text: '港元100亿', value: 1e10, unit: 'HKD' }],
  ['收入近10亿美元', { text: '近10亿美元', comparator: '~', value: 1e9, unit: 'USD', low: null, high: null }],
  ['开出上亿美元', { text: '上亿美元', comparator: '>=', low: 1e8, value: null, unit: 'USD' }],
  ['规模达1.25万亿元', { text: '1.25万亿元', value: 1.25e12, unit: 'CNY', scale: 1e12 }],
  ['售价9.9元包邮', { text: '9.9元', value: 9.9, unit: 'CNY', scale: null }],
  ['人民币10亿元', { text: '人民币10亿元', value: 1e9, unit: 'CNY' }],
  ['US$5亿', { text: 'US$5亿', value: 5e8, unit: 'USD' }],
  ['约2亿元左右', { text: '约2亿元左右', comparator: '~', value: 2e8, unit: 'CNY' }],
  ['1.1万元', { value: 11000, unit: 'CNY' }],
  [
    '5到10亿美元',
    { text: '5到10亿美元', comparator: 'range', low: 5e8, high: 1e9, value: null, unit: 'USD' }
  ],
  ['几十亿元', { comparator: 'range', low: 2e9, high: 9e9, unit: 'CNY' }],
  ['1万元以下', { comparator: '<', high: 1e4, value: null, unit: 'CNY' }],
  ['壹佰贰拾叁元', { value: 123, unit: 'CNY' }],
  ['新台币3000元', { text: '新台币3000元', kind: 'money', value: 3000, unit: 'TWD' }],
  ['營收達新台幣2兆8943億元', { text: '新台幣2兆8943億元', value: 2.8943e12, unit: 'TWD', scale: 1e8 }],
  ['投资了两个亿', { text: '两个亿', value: 2e8, scale: 1e8 }],
  ['几个亿', { comparator: 'range', low: 2e8, high: 9e8 }],
  ['106.65億港元', { value: 10_665_000_000, unit: 'HKD' }]
];

const percents: [string, Want][] = [
  ['以26.1%的市场份额', { text: '26.1%', kind: 'percent', value: 26.1, unit: '%', scale: null }],
  ['份额２６．１％', { text: '２６．１％', value: 26.1, unit: '%' }],
  ['份额分别为 13.2%', { text: '13.2%', value: 13.2 }],
  ['百分之三十', { value: 30, unit: '%' }],
  ['百分之三十五点五', { value: 35.5, unit: '%' }],
  ['千分之五', { value: 0.5, unit: '%' }],
  [
    '占全球三分之一以上',
    { text: '三分之一以上', comparator: '>', low: 100 / 3, value: null, high: null, unit: '%' }
  ],
  ['四分之三', { value: 75, unit: '%' }],
  ['砍掉一半人手', { text: '一半', value: 50, unit: '%', comparator: '=' }],
  ['全球半数AI研究人员', { text: '半数', value: 50, unit: '%' }],
  ['三成', { value: 30, unit: '%', kind: 'percent' }],
  ['6成', { value: 60, unit: '%' }],
  ['七八成', { comparator: 'range', low: 70, high: 80, unit: '%' }],
  ['裁掉大半中国员工', { text: '大半', comparator: '>', low: 50, value: null, unit: '%' }],
  ['接近全球总量的一半，成为', { text: '接近全球总量的一半', comparator: '~', value: 50, unit: '%' }],
  ['近一半', { text: '近一半', comparator: '~', value: 50 }],
  ['一半以上', { comparator: '>', low: 50 }],
  ['过半数', { comparator: '>', low: 50 }],
  ['超九成', { text: '超九成', comparator: '>', low: 90 }],
  ['30%以上', { text: '30%以上', comparator: '>', low: 30, value: null, unit: '%' }],
  ['亚马逊份额不足1%', { text: '不足1%', comparator: '<', high: 1, value: null, low: null, unit: '%' }],
  ['保持两位数营收增长', { text: '两位数', comparator: '>=', low: 10, unit: '%', kind: 'percent' }],
  ['同比下降0.3个百分点', { text: '0.3个百分点', value: 0.3, unit: 'pp' }],
  ['10%-20%', { comparator: 'range', low: 10, high: 20, unit: '%' }],
  ['10%至20%', { comparator: 'range', low: 10, high: 20, unit: '%' }],
  ['超过50%', { comparator: '>', low: 50 }],
  ['50%左右', { comparator: '~', value: 50 }],
  ['3‰', { value: 0.3, unit: '%' }],
  ['同比-3.5%', { text: '-3.5%', value: -3.5 }],
  ['概率大概只有20%。', { text: '大概只有20%', comparator: '~', value: 20 }],
  ['降息25个基点', { text: '25个基点', value: 0.25, unit: 'pp' }],
  ['百分之八九十', { comparator: 'range', low: 80, high: 90, unit: '%' }],
  ['约占全国的四分之一', { text: '约占全国的四分之一', comparator: '~', value: 25 }],
  ['逾半數受訪者', { text: '逾半數', comparator: '>', low: 50 }]
];

const ratios: [string, Want][] = [
  [
    '(10到100倍)',
    { text: '10到100倍', kind: 'ratio', comparator: 'range', low: 10, high: 100, unit: 'x', value: null }
  ],
  [
    '高出一个甚至两个数量级',
    { text: '一个甚至两个数量级', comparator: 'range', low: 10, high: 100, unit: 'x' }
  ],
  ['两个数量级', { value: 100, unit: 'x' }],
  ['增长了3倍', { text: '3倍', value: 3, unit: 'x' }],
  ['1.5倍', { value: 1.5, unit: 'x' }],
  ['两倍多', { comparator: '>', low: 2, unit: 'x' }],
  ['翻了一番', { value: 2, unit: 'x' }],
  ['翻两番', { value: 4, unit: 'x' }]
];

const counts: [string, Want][] = [
  [
    '发表了超过100篇顶级学术论文',
    { text: '超过100篇', kind: 'count', comparator: '>', low: 100, value: null, unit: 'papers' }
  ],
  ['导致约1800人被裁员', { text: '约1800人', comparator: '~', value: 1800, unit: 'people' }],
  ['美国以34036篇位居', { text: '34036篇', value: 34036, unit: 'papers' }],
  ['34,036篇', { value: 34036, unit: 'papers' }],
  ['1,800人', { value: 1800, unit: 'people' }],
  ['那四位技术大咖', { text: '四位', value: 4, unit: 'people' }],
  ['300名员工', { value: 300, unit: 'people' }],
  ['从原来的二十多页缩水', { text: '二十多页', comparator: '>', low: 20, value: null, unit: 'pages' }],
  ['只剩两三页', { text: '两三页', comparator: 'range', low: 2, high: 3, unit: 'pages' }],
  ['在全球8个城市设立', { text: '8个城市', value: 8, unit: 'cities' }],
  ['五座城市', { value: 5, unit: 'cities' }],
  ['三家公司', { text: '三家', value: 3, unit: 'count' }],
  ['十个', { value: 10, unit: 'count' }],
  ['运营了32年的研发部门', { text: '32年', value: 32, unit: 'years', kind: 'count' }],
  ['过去六年', { text: '六年', value: 6, unit: 'years' }],
  ['两个月后', { text: '两个月', value: 2, unit: 'months' }],
  ['三个多月', { comparator: '>', low: 3, unit: 'months' }],
  ['一年多', { comparator: '>', low: 1, unit: 'years' }],
  ['一年半', { value: 1.5, unit: 'years' }],
  ['两个半月', { value: 2.5, unit: 'months' }],
  ['半年', { value: 0.5, unit: 'years' }],
  ['将数百名专家搬迁', { text: '数百名', comparator: 'range', low: 200, high: 900, unit: 'people' }],
  ['数十位AI科学家', { text: '数十位', comparator: 'range', low: 20, high: 90, unit: 'people' }],
  ['数万人', { comparator: 'range', low: 2e4, high: 9e4, unit: 'people' }],
  ['需要十几年的时间', { text: '十几年', comparator: 'range', low: 11, high: 19, unit: 'years' }],
  ['一百多年前', { text: '一百多年', comparator: '>', low: 100, unit: 'years' }],
  ['100多家', { comparator: '>', low: 100, unit: 'count' }],
  ['10余家', { comparator: '>', low: 10, unit: 'count' }],
  ['20余万人', { comparator: '>', low: 2e5, unit: 'people', scale: 1e4 }],
  ['上千人', { comparator: '>=', low: 1000, unit: 'people' }],
  ['逾千人', { comparator: '>', low: 1000, unit: 'people' }],
  ['近10位IEEE Fellow', { text: '近10位', comparator: '~', value: 10, unit: 'people' }],
  ['至少3家', { comparator: '>=', low: 3 }],
  ['不到一年', { comparator: '<', high: 1, unit: 'years' }],
  ['不超过5人', { comparator: '<=', high: 5, unit: 'people' }],
  ['3到5年', { comparator: 'range', low: 3, high: 5, unit: 'years' }],
  ['三到五年', { comparator: 'range', low: 3, high: 5, unit: 'years' }],
  ['一两年', { comparator: 'range', low: 1, high: 2, unit: 'years' }],
  ['二三十年', { comparator: 'range', low: 20, high: 30, unit: 'years' }],
  ['三四十岁', { comparator: 'range', low: 30, high: 40, unit: 'years' }],
  ['35岁以下', { comparator: '<', high: 35, unit: 'years' }],
  ['十来年', { comparator: '~', value: 10, unit: 'years' }],
  ['8大行业线', { text: '8大', value: 8, unit: 'count' }],
  ['1.2亿人次', { value: 1.2e8, unit: 'count', scale: 1e8 }],
  ['百余人', { comparator: '>', low: 100, unit: 'people' }],
  ['千余家', { comparator: '>', low: 1000, unit: 'count' }],
  ['60岁及以上', { text: '60岁及以上', comparator: '>=', low: 60, unit: 'years' }],
  ['14亿人口', { value: 1.4e9, unit: 'people' }],
  ['13萬4856人', { value: 134856, unit: 'people' }]
];

const numbers: [string, Want][] = [
  ['一千八百', { kind: 'number', value: 1800, unit: null, scale: null }],
  ['三万四千零三十六', { value: 34036, scale: null }],
  ['两万', { value: 20000, scale: 1e4 }],
  ['一百零五人', { value: 105 }],
  ['三百五十人', { value: 350 }],
  ['三百五', { value: 350 }],
  ['一万五', { value: 15000 }],
  ['两千五百万', { value: 2.5e7, scale: 1e4 }],
  ['三点五亿', { value: 3.5e8, scale: 1e8 }],
  ['十二点五万', { value: 125000 }],
  ['1000多万', { comparator: '>', low: 1e7, value: null, scale: 1e4 }],
  ['三千多万', { comparator: '>', low: 3e7 }],
  ['十几万', { comparator: 'range', low: 110000, high: 190000 }],
  ['五六百万', { comparator: 'range', low: 5e6, high: 6e6 }],
  ['数百', { comparator: 'range', low: 200, high: 900 }],
  ['数十', { comparator: 'range', low: 20, high: 90 }],
  ['二十多', { comparator: '>', low: 20, value: null }],
  ['十几', { comparator: 'range', low: 11, high: 19 }],
  ['两三', { comparator: 'range', low: 2, high: 3 }],
  ['一百多', { comparator: '>', low: 100 }],
  ['上亿', { comparator: '>=', low: 1e8 }],
  ['过万', { comparator: '>', low: 1e4 }],
  ['1亿2千万', { value: 1.2e8 }],
  ['GDP总量达126万亿元', { value: 1.26e14, unit: 'CNY' }],
  ['10亿项目一夜解散', { text: '10亿', value: 1e9, unit: null, scale: 1e8 }]
];

const ranks: [string, Want][] = [
  ['AWS排名第四', { text: '第四', kind: 'ordinal', value: 4, unit: 'rank' }],
  ['占据首位', { text: '首位', value: 1, unit: 'rank' }],
  ['位居榜首', { text: '榜首', value: 1, unit: 'rank' }],
  ['第一', { value: 1, unit: 'rank' }],
  ['第10名', { value: 10, unit: 'rank' }],
  ['市场份额位列前五', { text: '前五', comparator: '<=', high: 5, value: null, unit: 'rank' }],
  ['世界500强', { text: '500强', comparator: '<=', high: 500, unit: 'rank' }]
];

const dates: [string, Want][] = [
  [
    '成立于2018年,',
    { text: '2018年', kind: 'year', unit: 'year', value: 2018, date: '2018', precision: 'year' }
  ],
  ['２０２４年', { value: 2024, date: '2024' }],
  ['二〇一八年', { value: 2018, date: '2018' }],
  [
    '在2018年9月17日的大会上',
    { text: '2018年9月17日', kind: 'date', unit: 'date', value: null, date: '2018-09-17', precision: 'day' }
  ],
  ['7月23日,亚马逊', { text: '7月23日', kind: 'date', date: '--07-23', precision: 'day' }],
  ['2025年3月,IBM', { text: '2025年3月', date: '2025-03', precision: 'month' }],
  ['2024下半年IaaS市场', { text: '2024下半年', kind: 'period', date: '2024-H2', precision: 'half' }],
  ['2024年下半年', { kind: 'period', date: '2024-H2', precision: 'half' }],
  ['2025年初夏,华盛顿', { text: '2025年初夏', date: '2025-summer', precision: 'season' }],
  ['于2018年秋成立', { text: '2018年秋', date: '2018-autumn', precision: 'season' }],
  ['2023年10月初', { date: '2023-10', precision: 'month' }],
  ['5月下旬', { text: '5月下旬', date: '--05', precision: 'month' }],
  ['错过2012年前后的窗口', { text: '2012年前后', kind: 'year', comparator: '~', value: 2012 }],
  [
    '2017年至2022年间',
    { kind: 'period', comparator: 'range', low: 2017, high: 2022, value: null, date: '2017/2022' }
  ],
  ['2017-2022年', { kind: 'period', low: 2017, high: 2022 }],
  ['2025-12-29', { date: '2025-12-29', precision: 'day' }],
  ['2025/12/29', { date: '2025-12-29' }],
  ['90年代', { kind: 'period', low: 1990, high: 1999, precision: 'years', date: '1990/1999' }],
  ['20世纪90年代', { low: 1990, high: 1999, precision: 'years' }],
  ['17世纪', { low: 1601, high: 1700, precision: 'years' }],
  // The dataset has no quarters: the half that holds one, the quote keeps the words.
  ['2024年第三季度', { kind: 'period', date: '2024-H2', precision: 'half' }],
  ['2024Q1', { date: '2024-H1' }],
  ['2024年前三季度', { date: '2024', precision: 'year' }],
  ['2020年以来', { kind: 'period', comparator: '>=', low: 2020, date: '2020', precision: 'year' }],
  ['民国113年', { kind: 'year', value: 2024, date: '2024' }],
  ['2024年12月31日', { date: '2024-12-31' }],
  ['11月', { kind: 'date', date: '--11' }]
];

function table(name: string, rows: [string, Want][]): void {
  describe(name, () => {
    it.each(rows)('%s', (input, want) => {
      expect(only(input)).toMatchObject(want);
    });
  });
}

table('money, in base units of the article currency', money);
table('percentages and shares', percents);
table('ratios', ratios);
table('counts with counter words', counts);
table('plain and vague numerals', numbers);
table('ranks', ranks);
table('years, dates and periods', dates);

describe('relative dates', () => {
  it('resolves 去年3月 against the publication year', () => {
    expect(only('去年3月产品刚火', '2026-01-15')).toMatchObject({
      text: '去年3月',
      date: '2025-03',
      precision: 'month'
    });
  });
  it('keeps 去年3月 as a month with a relative flag when the publication date is unknown', () => {
    const m = only('去年3月产品刚火');
    expect(m).toMatchObject({ date: '--03', relative: 'last-year', value: null });
  });
  it('reads a Taiwanese quarter after a relative year', () => {
    expect(only('明年第1季营收', '2025-03-01')).toMatchObject({ date: '2026-H1', precision: 'half' });
  });
  it('resolves a bare 7月23日 with the publication year', () => {
    expect(only('7月23日,亚马逊', '2025-07-24').date).toBe('2025-07-23');
  });
  it('reads 去年 alone as a year', () => {
    expect(only('去年,Manus火了', '2026-01-10')).toMatchObject({ kind: 'year', value: 2025, date: '2025' });
    expect(only('去年,Manus火了')).toMatchObject({ kind: 'year', value: null, relative: 'last-year' });
  });
  it('resolves 同年 to the last explicit year', () => {
    const ms = recognize('2014年,亚马逊收购卓越,同年推出海外购;同年12月初调整');
    expect(ms.map((m) => m.date)).toEqual(['2014', '2014', '2014-12']);
  });
});

describe('ranges, lists and qualifiers', () => {
  it('splits 第一和第三 into two ranks', () => {
    expect(brief('分列第一和第三')).toEqual(['第一|=|1|rank', '第三|=|3|rank']);
  });
  it('reads the elliptic 第二、三位 as ranks 2 and 3', () => {
    expect(brief('处于第二、三位')).toEqual(['第二|=|2|rank', '三位|=|3|rank']);
  });
  it('does not read 到 without a number before it as a range', () => {
    expect(brief('预测到2027年,中国')).toEqual(['2027年|=|2027|year']);
    expect(brief('炒作到10万元一个')).toEqual(['10万元|=|100000|CNY']);
  });
  it('keeps each item of a list of percentages', () => {
    expect(brief('分别为 13.2%、13.1%、9.3%、8.1%')).toEqual([
      '13.2%|=|13.2|%',
      '13.1%|=|13.1|%',
      '9.3%|=|9.3|%',
      '8.1%|=|8.1|%'
    ]);
  });
  it('drops 近 before a span of recent time but keeps it after a verb', () => {
    expect(only('近三年')).toMatchObject({ text: '三年', comparator: '=' });
    expect(only('运营了近10年')).toMatchObject({ text: '近10年', comparator: '~', value: 10 });
  });
});
