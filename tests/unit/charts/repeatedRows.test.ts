import { describe, expect, it } from 'vitest';
import { shapeChart } from '../../../src/lib/charts/shape';
import { repeatedRows } from '../../../src/lib/charts/marks';
import type { Article } from '../../../src/lib/schema';
import { ARTICLE, chart, ctx, fig } from './fixtures';

// Two articles cite the same number about the same thing: two rows that read alike, "IBM: Jobs lost ≈1,800"
// twice, once looked like a rendering bug. Each such row names its article; other rows stay as they were.
const A2: Article = { ...ARTICLE, id: 'a2', label_zh: '文章二（36氪）', label_en: 'Article two (36Kr)' };
const same = {
  subject_en: 'IBM',
  subject_zh: 'IBM',
  metric_en: 'Jobs lost',
  metric_zh: '失业人数',
  value: 1800
};
const figures = [
  fig({ id: 'x1', ...same }),
  fig({ id: 'x2', ...same, article_id: 'a2' }),
  fig({ id: 'y', subject_en: 'IBM', metric_en: 'Years' })
];

describe('rows that would read alike name their article', () => {
  it('finds the repeated subject and metric only', () => {
    expect([...repeatedRows(figures)].sort()).toEqual(['x1', 'x2']);
  });

  it('finds rows that read alike in one language only, and marks them in both', () => {
    const zhAlike = [
      fig({ id: 'p', subject_zh: '亚马逊', metric_zh: '裁员', subject_en: 'Amazon', metric_en: 'Layoffs' }),
      fig({ id: 'q', subject_zh: '亚马逊', metric_zh: '裁员', subject_en: 'Amazon', metric_en: 'Jobs cut' }),
      fig({ id: 'r', subject_zh: '谷歌', metric_zh: '裁员', subject_en: 'Amazon', metric_en: 'Staff' })
    ];
    expect([...repeatedRows(zhAlike)].sort()).toEqual(['p', 'q']);
    const enAlike = [
      fig({ id: 's', subject_zh: '亚马逊中国', subject_en: 'Amazon', metric_zh: '人数', metric_en: 'Staff' }),
      fig({ id: 't', subject_zh: '亚马逊', subject_en: 'Amazon', metric_zh: '人数', metric_en: 'Staff' })
    ];
    expect([...repeatedRows(enAlike)].sort()).toEqual(['s', 't']);
  });

  it.each([
    ['en', ['IBM: Jobs lost (“Article one”)', 'IBM: Jobs lost (36Kr)', 'IBM: Years']],
    ['zh', ['IBM：失业人数（《文章一》）', 'IBM：失业人数（36氪）', '主体y：指标']]
  ] as const)('in %s', (lang, labels) => {
    const c = {
      ...ctx(lang),
      articles: new Map([
        [ARTICLE.id, ARTICLE],
        [A2.id, A2]
      ])
    };
    const model = shapeChart(chart({ type: 'interval', figures: ['x1', 'x2', 'y'] }), figures, c);
    const marks = JSON.stringify(model);
    for (const l of labels) expect(marks).toContain(`"label":"${l}"`);
  });
});
