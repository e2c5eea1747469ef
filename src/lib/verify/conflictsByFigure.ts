import type { Dataset } from '../data/dataset';
import { claimConflicts, type Conflict } from './claimConflicts';
import { mentionConflicts, type MentionConflict } from './mentionConflicts';

export type FigureConflicts = { claims: Conflict[]; mentions: MentionConflict[] };

const cache = new WeakMap<object, { mentions: unknown; byFigure: Map<string, FigureConflicts> }>();

/**
 * Figure id → the claim and mention conflicts it takes part in. Conflicts are found across the whole
 * corpus, so they are found once per dataset, not once per figure page.
 */
export function conflictsByFigure(d: Pick<Dataset, 'figures' | 'mentions'>): Map<string, FigureConflicts> {
  const hit = cache.get(d.figures);
  if (hit && hit.mentions === d.mentions) return hit.byFigure;
  const byFigure = new Map<string, FigureConflicts>();
  const entry = (id: string) => {
    let e = byFigure.get(id);
    if (!e) byFigure.set(id, (e = { claims: [], mentions: [] }));
    return e;
  };
  for (const c of claimConflicts(d.figures)) for (const id of c.figureIds) entry(id).claims.push(c);
  for (const c of mentionConflicts(d.mentions)) {
    for (const id of new Set(c.figureIds)) entry(id).mentions.push(c);
  }
  cache.set(d.figures, { mentions: d.mentions, byFigure });
  return byFigure;
}
