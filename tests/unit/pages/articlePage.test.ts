import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../src/lib/pages/articlePage';
import { readDataset } from '../../../src/lib/data/readDataset';

// Article pages once listed their value chips without verdicts: a reader saw “50%” after a quote with no
// hint that the record says otherwise. Each chip now carries the verdict's sign, and its name says it in words.
const { dataset } = readDataset('data');
const verdictOf = new Map(dataset.records.map((r) => [r.figure_id, r.verdict]));

describe('article pages: chips in reading order, each with its verdict', () => {
  it.each(dataset.articles.map((a) => a.id))('%s', (id) => {
    for (const lang of ['zh', 'en'] as const) {
      const page = articlePage(dataset, id, lang);
      expect(page).not.toBeNull();
      const figures = page?.figures ?? [];
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.map((f) => f.start)).toEqual([...figures.map((f) => f.start)].sort((a, b) => a - b));
      for (const f of figures) {
        expect(f.verdict).toBe(verdictOf.get(f.id));
        expect(f.chip).toMatch(/ [✓◐◆?–]$/);
        expect(f.name).toContain(f.verdictText);
        if (lang === 'zh') expect(f.name.endsWith(`，${f.verdictText}`)).toBe(true);
      }
    }
  });

  it('marks a differing figure with the charts’ ◆', () => {
    const differs = dataset.records.find((r) => r.verdict === 'differs');
    const f = dataset.figures.find((x) => x.id === differs?.figure_id);
    const chip = articlePage(dataset, f?.article_id ?? '', 'en')?.figures.find((x) => x.id === f?.id);
    expect(chip?.chip.endsWith('◆')).toBe(true);
    expect(chip?.name).toContain('Differs from the record');
  });
});
