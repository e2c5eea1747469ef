import type { DatasetIndex } from '../data/datasetIndex';
import type { Dataset } from '../data/dataset';
import { t } from '../i18n';
import type { Figure, Lang } from '../schema';
import { CONFLICT_WORDS, conflictsByFigure } from '../verify';
import { figureRef, type FigureRef } from './figureRef';

export type ConflictNote = FigureRef & {
  /** The curator's note explaining the disagreement (figures.csv `note`). */
  note: string;
  conflicting: boolean;
  /** Figures citing the same claim that disagree with it, and how (verify's one conflict rule). */
  differing: (FigureRef & { how: string })[];
};

/**
 * A chart's notes on conflicts: its figures marked conflicting, and its figures whose claim is cited
 * elsewhere in a way verify's one rule (claimConflicts) finds at odds, each with every way the two differ.
 */
export function chartConflicts(
  d: Pick<Dataset, 'figures'> & Partial<Pick<Dataset, 'mentions'>>,
  ix: Pick<DatasetIndex, 'articles' | 'figures'>,
  figures: readonly Figure[],
  lang: Lang
): ConflictNote[] {
  const byFigure = conflictsByFigure({ figures: d.figures, mentions: d.mentions ?? [] });
  const conflicts: ConflictNote[] = [];
  for (const f of figures) {
    // The other figure of each conflict, with every way the two disagree.
    const kinds = new Map<string, string[]>();
    for (const c of byFigure.get(f.id)?.claims ?? []) {
      const other = c.figureIds[0] === f.id ? c.figureIds[1] : c.figureIds[0];
      kinds.set(other, [...(kinds.get(other) ?? []), CONFLICT_WORDS[lang][c.kind]]);
    }
    const differing = [...kinds].flatMap(([other, how]) => {
      const g = ix.figures.get(other);
      return g ? [{ ...figureRef(g, ix, lang), how: how.join(t(lang).punct.listSep) }] : [];
    });
    if (f.status === 'conflicting' || differing.length) {
      conflicts.push({
        ...figureRef(f, ix, lang),
        note: f.note,
        conflicting: f.status === 'conflicting',
        differing
      });
    }
  }
  return conflicts;
}
