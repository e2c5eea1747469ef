import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { readDataset } from '../../../src/lib/data/readDataset';
import { checkRows, claimReview, differenceLine, figureCheck } from '../../../src/lib/verify';
import { validateRecords } from '../../../src/lib/data/validateRecords';
import { columnAt, editLine } from '../data/fixtures';
import { siteUrl } from '../../../src/lib/site';

const { dataset } = readDataset('data');
const recordsCsv = readFileSync('data/records.csv', 'utf8');
const records = new Map(dataset.records.map((r) => [r.figure_id, r]));
const figure = (id: string) => {
  const f = dataset.figures.find((x) => x.id === id);
  if (!f) throw new Error(`fixture ${id}`);
  return f;
};
const article = (id: string) => {
  const a = dataset.articles.find((x) => x.id === id);
  if (!a) throw new Error(`fixture ${id}`);
  return a;
};
const review = (id: string, lang: 'zh' | 'en') => {
  const f = figure(id);
  return claimReview(f, article(f.article_id), records.get(id)!, lang) as Record<string, unknown> | null;
};

describe('the verdict partly: the number matches, not what the article says it counts', () => {
  it('is the verdict of 50 AI researchers cited as 50 PhDs', () => {
    expect(records.get('tencent-ai-lab-phds-vpshk')).toMatchObject({
      verdict: 'partly',
      differs_in: ['counted']
    });
  });

  it('is rated 3 of 5 in ClaimReview, between differs (1) and matches (5)', () => {
    expect(review('tencent-ai-lab-phds-vpshk', 'en')).toMatchObject({
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Number matches, not what it counts'
      }
    });
    expect(review('amazon-zappos-year-aws', 'en')).toMatchObject({ reviewRating: { ratingValue: 1 } });
  });

  const run = (csv: string) => validateRecords(csv, dataset.figures).issues.map(formatIssue);

  it('must name "counted" and not "value" as what differs', () => {
    const id = 'tencent-ai-lab-phds-vpshk';
    expect(run(editLine(recordsCsv, `${id},`, 'partly,counted,', 'partly,value,'))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'differs_in')}: column "differs_in": verdict "partly" means the number matches but not what is counted: differs_in has "counted", not "value"`
    ]);
  });

  it('rejects a differs that does not say what differs, and an unknown difference', () => {
    const id = 'amazon-zappos-year-aws';
    expect(run(editLine(recordsCsv, `${id},`, 'differs,date,', 'differs,,'))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'differs_in')}: column "differs_in": verdict "differs" needs what differs: value, counted, unit, date or attribution`
    ]);
    expect(run(editLine(recordsCsv, `${id},`, 'differs,date,', 'differs,year,'))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'differs_in')}: column "differs_in": unknown difference "year"; expected words from: value counted unit date attribution`
    ]);
  });

  it('rejects a partly without a record URL, like a matches', () => {
    const id = 'tencent-ai-lab-phds-vpshk';
    const url = records.get(id)?.record_url ?? '';
    expect(run(editLine(recordsCsv, `${id},`, url, ''))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'record_url')}: column "record_url": verdict "partly" needs the record's URL`
    ]);
  });
});

describe('what differs, in one line', () => {
  it('says the DGL headline differs in what is counted and in currency, not in value', () => {
    const r = records.get('dgl-headline-value-36kr')!;
    const f = figure('dgl-headline-value-36kr');
    expect(differenceLine(f, r, 'en')).toBe(
      'What differs: what is counted (article: The headline’s “1-billion project”); the currency.'
    );
    expect(differenceLine(f, r, 'zh')).toBe(`不同之处：所计对象（文章：${f.metric_zh}）；币种。`);
  });

  it('gives both readings when the value or the date differs', () => {
    const f = figure('damo-cities-vpshk');
    expect(differenceLine(f, records.get(f.id)!, 'en')).toBe(
      'What differs: the value (article: 8 cities; record: 7 cities).'
    );
    const y = figure('amazon-zappos-year-aws');
    expect(differenceLine(y, records.get(y.id)!, 'zh')).toMatch(
      /^不同之处：日期（文章：2014年；记录：2009年）。$/
    );
  });

  it('says nothing for a figure that matches', () => {
    const f = figure('meta-manus-acquisition-price-netease');
    expect(differenceLine(f, records.get(f.id)!, 'en')).toBeNull();
  });

  it('is on the figure page check and in every /checks row that differs or partly matches', () => {
    expect(figureCheck(dataset, 'tencent-ai-lab-phds-vpshk', 'en')?.differs).toMatch(
      /^What differs: what is counted/
    );
    const rows = checkRows(dataset, 'en');
    for (const r of rows) expect(r.differs === '').toBe(r.verdict !== 'differs' && r.verdict !== 'partly');
  });
});

describe('ClaimReview JSON-LD', () => {
  it('points url at the page that carries it: the zh page at /figures, the en page at /en/figures', () => {
    expect(review('tencent-ai-lab-phds-vpshk', 'zh')).toMatchObject({
      url: siteUrl('/figures/tencent-ai-lab-phds-vpshk'),
      inLanguage: 'zh-Hans',
      reviewRating: { alternateName: '数字相符，所计对象不符' }
    });
    expect(review('tencent-ai-lab-phds-vpshk', 'en')).toMatchObject({
      url: siteUrl('/en/figures/tencent-ai-lab-phds-vpshk')
    });
  });

  it("gives the claim the article's date and author where the article row has them, and omits them otherwise", () => {
    // ai-talent-geopolitics-vpshk: published 2025-12-29, no author, outlet 主机测评网.
    expect(review('tencent-ai-lab-phds-vpshk', 'en')).toMatchObject({
      itemReviewed: {
        '@type': 'Claim',
        datePublished: '2025-12-29',
        author: { '@type': 'Organization', name: '主机测评网' }
      }
    });
    // amazon-shanghai-lab-36kr: author 东叔频道, no date.
    const dgl = review('dgl-headline-value-36kr', 'en');
    expect(dgl).toMatchObject({ itemReviewed: { author: { '@type': 'Person', name: '东叔频道' } } });
    expect(dgl?.itemReviewed).not.toHaveProperty('datePublished');
    // aws-shanghai-institute-closure: neither author nor outlet nor date.
    const zappos = review('amazon-zappos-year-aws', 'en');
    expect(zappos?.itemReviewed).not.toHaveProperty('author');
    expect(zappos?.itemReviewed).not.toHaveProperty('datePublished');
  });
});
