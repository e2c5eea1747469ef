import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { readDataset } from '../../../src/lib/data/readDataset';
import {
  articleReliability,
  claimConflicts,
  claimReview,
  datesOverlap,
  jsonLdText,
  mentionConflicts
} from '../../../src/lib/verify';
import { validateRecords } from '../../../src/lib/data/validateRecords';
import { columnAt, editLine, lineOf } from '../data/fixtures';
import { parsePartialDate, partialDateInterval } from '../../../src/lib/format';

const { dataset, issues } = readDataset('data');
const recordsCsv = readFileSync('data/records.csv', 'utf8');
const records = new Map(dataset.records.map((r) => [r.figure_id, r]));

describe('records.csv', () => {
  it('gives every figure exactly one verdict', () => {
    expect(issues).toEqual([]);
    expect(dataset.records.map((r) => r.figure_id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
  });

  const run = (csv: string) => validateRecords(csv, dataset.figures).issues.map(formatIssue);
  const line = (id: string) => lineOf(recordsCsv, `${id},`);

  it('rejects a matches without a record URL', () => {
    const id = 'meta-manus-acquisition-price-netease';
    const url = records.get(id)?.record_url ?? '';
    expect(url).not.toBe('');
    expect(run(editLine(recordsCsv, `${id},`, url, ''))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'record_url')}: column "record_url": verdict "matches" needs the record's URL`
    ]);
  });

  it("rejects a differs without the record's value", () => {
    const id = 'amazon-zappos-year-aws';
    expect(records.get(id)).toMatchObject({ verdict: 'differs', record_value: 2009 });
    expect(run(editLine(recordsCsv, `${id},`, ',2009,', ',,'))).toEqual([
      `data/records.csv:${columnAt(recordsCsv, `${id},`, 'record_value')}: column "record_value": verdict "differs" needs the record's own value (record_value or record_date_value)`
    ]);
  });

  it('rejects a missing record and a record for an unknown figure', () => {
    const id = 'damo-cities-vpshk';
    const csv = editLine(recordsCsv, `${id},`, `${id},`, 'no-such-figure,');
    expect(run(csv)).toEqual([
      // Line and column, like every other error (the figure_id cell starts the row).
      `data/records.csv:${line(id)}:1: column "figure_id": unknown figure id "no-such-figure"`,
      `data/records.csv: column "figure_id": no record for figure "${id}"`
    ]);
  });
});

describe('partialDateInterval / datesOverlap', () => {
  const days = (d: string) => {
    const p = parsePartialDate(d);
    const i = p && partialDateInterval(p);
    return i && [new Date(i[0]).toISOString().slice(0, 10), new Date(i[1] - 1).toISOString().slice(0, 10)];
  };
  it.each([
    ['2018', ['2018-01-01', '2018-12-31']],
    ['2024-H2', ['2024-07-01', '2024-12-31']],
    ['2018-autumn', ['2018-09-01', '2018-11-30']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2018-09-17', ['2018-09-17', '2018-09-17']],
    ['2017/2022', ['2017-01-01', '2022-12-31']],
    ['--07-23', null],
    ['not a date', null]
  ])('%s covers %j', (d, span) => expect(days(d)).toEqual(span));

  it.each([
    ['2018', '2018-autumn', true],
    ['2018-autumn', '2018-09-17', true],
    ['2024', '2025', false],
    ['2025-summer', '2025-04-30', false],
    ['--03', '2025-03', null]
  ])('%s ~ %s → %s', (a, b, overlap) => expect(datesOverlap(a, b)).toBe(overlap));
});

describe('cross-article and in-article conflicts on the real data', () => {
  const conflicts = claimConflicts(dataset.figures);

  it('flags the Digital Science report dated 2024 in the text and 2025 in the references', () => {
    expect(conflicts).toContainEqual({
      claimId: 'ds-report-year',
      kind: 'date',
      figureIds: ['ds-report-year-text-vpshk', 'ds-report-year-ref-vpshk'],
      crossArticle: false
    });
  });

  it('flags the headline that drops the qualifier of 近10亿美元', () => {
    expect(conflicts).toContainEqual(expect.objectContaining({ claimId: 'dgl-revenue', kind: 'qualifier' }));
  });

  it('does not flag agreeing articles or dates of different precision', () => {
    const ids = conflicts.map((c) => c.claimId);
    expect(ids).not.toContain('ibm-china-rd-jobs');
    expect(ids).not.toContain('ibm-china-rd-years');
    expect(ids).not.toContain('aws-shanghai-lab-founded'); // 2018 and 2018-autumn agree
  });

  it('flags the two articles naming the AWS Shanghai scientist differently, with different titles', () => {
    const m = mentionConflicts(dataset.mentions);
    expect(m).toContainEqual(
      expect.objectContaining({
        entityId: 'aws-shanghai-lead-scientist',
        kind: 'name',
        values: ['王敏杰', '王敏捷']
      })
    );
    expect(m).toContainEqual(
      expect.objectContaining({ kind: 'title', values: ['首席科学家', '首席应用科学家'] })
    );
    expect(m).toContainEqual(expect.objectContaining({ entityId: 'amazon-shanghai-ai-lab', kind: 'title' }));
    expect(m.filter((c) => c.entityId === 'amazon-shanghai-ai-lab' && c.kind === 'name')).toEqual([]);
  });
});

describe('article reliability and ClaimReview', () => {
  it('counts verdicts per article and says so in words', () => {
    const r = articleReliability('aws-shanghai-institute-closure', dataset.figures, records, 'en');
    const sum =
      r.counts.matches + r.counts.partly + r.counts.differs + r.counts.unverified + r.counts['not-checkable'];
    expect(sum).toBe(r.total);
    expect(r.counts.differs).toBeGreaterThanOrEqual(3);
    expect(r.sentence).toMatch(/^Of this article's \d+ figures, \d+ match/);
  });

  it('rates a differs 1 of 5 and a matches 5 of 5; none for unverified', () => {
    const fig = (id: string) => dataset.figures.find((f) => f.id === id);
    const art = (id: string) => dataset.articles.find((a) => a.id === id);
    const zappos = fig('amazon-zappos-year-aws');
    const manus = fig('meta-manus-acquisition-price-netease');
    const idc = fig('idc-iaas-share-2024h2-alibaba');
    if (!zappos || !manus || !idc) throw new Error('fixture');
    const review = (f: typeof zappos) => claimReview(f, art(f.article_id)!, records.get(f.id)!);
    expect(review(zappos)).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: { ratingValue: 1, alternateName: 'Differs from the record' }
    });
    expect(review(manus)).toMatchObject({ reviewRating: { ratingValue: 5 } });
    expect(records.get(idc.id)?.verdict).toBe('unverified');
    expect(review(idc)).toBeNull();
  });

  it('escapes < in JSON-LD so no text can close the script element', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
