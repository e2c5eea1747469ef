import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/data/readDataset';
import type { Mention } from '../../../src/lib/quantity';
import type { Figure } from '../../../src/lib/schema';
import { coverageReport } from '../../../scripts/lib/coverageReport';
import { reproduces } from '../../../scripts/lib/reproduces';

const { dataset } = readDataset('data');

describe('the recognizer against the curated figures', () => {
  const report = coverageReport(dataset);

  it('reproduces the value, unit and comparator of every curated figure from its quote', () => {
    const disagreements = report.flatMap((a) => a.disagreements.map((d) => d.figure.id));
    expect(disagreements).toEqual([]);
  });

  it('covers every curated figure with at least one mention', () => {
    const covered = new Set(report.flatMap((a) => a.mentions.flatMap((m) => m.figureIds)));
    expect(dataset.figures.filter((f) => !covered.has(f.id)).map((f) => f.id)).toEqual([]);
  });

  it('lists the mentions no figure covers (e.g. the stock codes are not among them)', () => {
    const aws = report.find((a) => a.articleId === 'aws-shanghai-institute-closure');
    const texts = aws?.mentions.map((m) => m.mention.text) ?? [];
    expect(texts).not.toContain('09988');
    expect(texts).not.toContain('601728');
    expect(aws?.mentions.some((m) => m.figureIds.length === 0)).toBe(true);
  });
});

describe('reproduces', () => {
  const fig = (over: Partial<Figure>): Figure => ({ ...(dataset.figures[0] as Figure), ...over });
  const m = (over: Partial<Mention>): Mention => ({
    start: 0,
    end: 1,
    text: 'x',
    kind: 'number',
    value: null,
    low: null,
    high: null,
    comparator: '=',
    unit: null,
    scale: null,
    ...over
  });
  it.each([
    ['same money', m({ value: 1e9, unit: 'USD' }), fig({ value: 1e9, unit: 'USD', comparator: '=' }), true],
    [
      'other comparator',
      m({ value: 1e9, unit: 'USD' }),
      fig({ value: 1e9, unit: 'USD', comparator: '~' }),
      false
    ],
    [
      'bare number, unit from context',
      m({ value: 1e9 }),
      fig({ value: 1e9, unit: 'USD', comparator: '=' }),
      true
    ],
    [
      '个 counts projects',
      m({ low: 200, high: 900, comparator: 'range', unit: 'count' }),
      fig({ value: null, low: 200, high: 900, comparator: 'range', unit: 'projects' }),
      true
    ],
    [
      'people are not money',
      m({ value: 50, unit: 'people' }),
      fig({ value: 50, unit: 'USD', comparator: '=' }),
      false
    ],
    [
      'season',
      m({ unit: 'date', date: '2018-autumn' }),
      fig({ unit: 'date', date: '2018-autumn', value: null }),
      true
    ],
    [
      'resolved month-day',
      m({ unit: 'date', date: '2025-09-05' }),
      fig({ unit: 'date', date: '--09-05', value: null }),
      true
    ],
    [
      'other day',
      m({ unit: 'date', date: '2025-09-06' }),
      fig({ unit: 'date', date: '--09-05', value: null }),
      false
    ]
  ])('%s', (_name, mention, figure, expected) => {
    expect(reproduces(mention, figure)).toBe(expected);
  });
});
