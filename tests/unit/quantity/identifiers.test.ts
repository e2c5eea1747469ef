import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/lib/quantity';
import { brief } from './helpers';

describe('identifiers are not quantities', () => {
  it.each([
    ['阿里巴巴(09988,以下简称“阿里”)'],
    ['中国电信(601728)、中国移动(600941)和腾讯(00700)'],
    ['节日营销(如双11、618)等'],
    ['双十一当天'],
    ['F-1学生签证和H-1B工作签证'],
    ['全球云计算领域No.1,AWS'],
    ['开源模型(L系列)'],
    ['本文链接:https://vpshk.cn/20251213732.html'],
    ['https://doi.org/10.6084/m9.figshare.29336588.v1'],
    ['10.6084/m9.figshare.29336588.v1'],
    ['微信号:18391816005'],
    ['Country AI Activity Metrics (1.3.0) [Data set]'],
    ['GPT-4和A100芯片'],
    ['B2C电商与5G网络、3D打印'],
    ['iPhone 15发布'],
    ['[1]Hook, Daniel'],
    ['192.168.1.1'],
    ['上午9点开会'],
    ['90后员工'],
    ['电话010-12345678'],
    [
      '统一、唯一、之一、一些、一直、万一、千万不要、十分重要、百姓、一点一点、第三方、乱七八糟、一成不变、三番五次'
    ],
    ['多数百姓认为'],
    ['一个挺有意思的现象,一家公司,一位科学家'],
    ['大陆地区和陆家嘴'],
    ['几乎所有数据都显示'],
    ['马上亿万富翁'],
    ['(以下简称“AWS上研院”)']
  ])('%s', (text) => {
    expect(recognize(text)).toEqual([]);
  });

  it('still reads the year and the figure around an identifier', () => {
    expect(brief('2024年中国B2C电商市场,亚马逊份额不足1%')).toEqual(['2024年|=|2024|year', '不足1%|<|1|%']);
  });

  it('reads a four-digit year in parentheses as a year, a stock code not at all', () => {
    expect(brief('Hook, Daniel (2025). Deepseek')).toEqual(['(2025)'.slice(1, 5) + '|=|2025|year']);
    expect(brief('小米集团(01810)')).toEqual([]);
  });
});
