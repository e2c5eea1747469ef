import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetIndex } from '../../../src/lib/data/datasetIndex';
import { readDataset } from '../../../src/lib/data/readDataset';
import { relatedFigures } from '../../../src/lib/data/relatedFigures';
import { claimConflicts } from '../../../src/lib/verify/claimConflicts';
import { conflictsByFigure } from '../../../src/lib/verify/conflictsByFigure';
import { mentionConflicts } from '../../../src/lib/verify/mentionConflicts';

const { dataset } = readDataset('data');

describe('datasetIndex', () => {
  it('finds every figure, article, chart and record by id', () => {
    const ix = datasetIndex(dataset);
    for (const f of dataset.figures) expect(ix.figures.get(f.id)).toBe(f);
    for (const a of dataset.articles) expect(ix.articles.get(a.id)).toBe(a);
    for (const c of dataset.charts) expect(ix.charts.get(c.id)).toBe(c);
    for (const r of dataset.records) expect(ix.records.get(r.figure_id)).toBe(r);
    expect(ix.figures.get('no-such-figure')).toBeUndefined();
  });

  it('groups figures by claim and by article in file order, leaving out figures without a claim', () => {
    const ix = datasetIndex(dataset);
    for (const [claim, list] of ix.byClaim) {
      expect(list).toEqual(dataset.figures.filter((f) => f.claim_id === claim));
    }
    expect(ix.byClaim.has('')).toBe(false);
    for (const a of dataset.articles) {
      expect(ix.byArticle.get(a.id)).toEqual(dataset.figures.filter((f) => f.article_id === a.id));
    }
  });

  it('lists the charts that show each figure, in file order', () => {
    const ix = datasetIndex(dataset);
    for (const f of dataset.figures) {
      expect(ix.chartsByFigure.get(f.id) ?? []).toEqual(dataset.charts.filter((c) => c.figures.includes(f.id)));
    }
  });

  it('is built once per dataset, and again when the same figures come with other records', () => {
    expect(datasetIndex(dataset)).toBe(datasetIndex(dataset));
    const other = { ...dataset, records: dataset.records.slice(0, 1) };
    expect(datasetIndex(other).records.size).toBe(1);
    expect(datasetIndex(dataset).records.size).toBe(dataset.records.length);
  });
});

describe('lookups agree with scanning every figure', () => {
  it('relatedFigures: same claim elsewhere, and the rest of its own article', () => {
    const ix = datasetIndex(dataset);
    fc.assert(
      fc.property(fc.constantFrom(...dataset.figures), (figure) => {
        const sameClaim = figure.claim_id
          ? dataset.figures.filter((f) => f.claim_id === figure.claim_id && f.id !== figure.id)
          : [];
        const sameArticle = dataset.figures.filter(
          (f) => f.article_id === figure.article_id && f.id !== figure.id && !sameClaim.includes(f)
        );
        expect(relatedFigures(figure, ix)).toEqual({ sameClaim, sameArticle });
      }),
      { numRuns: dataset.figures.length }
    );
  });

  it('conflictsByFigure: exactly the conflicts that name the figure', () => {
    const byFigure = conflictsByFigure(dataset);
    const claims = claimConflicts(dataset.figures);
    const mentions = mentionConflicts(dataset.mentions);
    expect(claims.length + mentions.length).toBeGreaterThan(0);
    for (const f of dataset.figures) {
      expect(byFigure.get(f.id)?.claims ?? []).toEqual(claims.filter((c) => c.figureIds.includes(f.id)));
      expect(byFigure.get(f.id)?.mentions ?? []).toEqual(mentions.filter((c) => c.figureIds.includes(f.id)));
    }
  });
});
