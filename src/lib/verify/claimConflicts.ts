import type { Figure } from '../schema';
import { datesOverlap } from './dateSpan';

export type ConflictKind = 'value' | 'qualifier' | 'date' | 'attribution';

/** Two rows of one claim that disagree, and how. */
export type Conflict = {
  claimId: string;
  kind: ConflictKind;
  figureIds: [string, string];
  crossArticle: boolean;
};

/** The interval a figure asserts, open ends as infinities: "more than 30" is (30, ∞). */
function interval(f: Figure): [number, number] | null {
  if (f.value !== null) return [f.value, f.value];
  if (f.low !== null || f.high !== null) return [f.low ?? -Infinity, f.high ?? Infinity];
  return null;
}

function dateOf(f: Figure): string {
  return f.date || (f.unit === 'year' && f.value !== null ? String(f.value) : '');
}

function compare(a: Figure, b: Figure): ConflictKind[] {
  const kinds: ConflictKind[] = [];
  const da = dateOf(a);
  const db = dateOf(b);
  if ((a.unit === 'date' || a.unit === 'year') && (b.unit === 'date' || b.unit === 'year')) {
    if (datesOverlap(da, db) === false) kinds.push('date');
  } else if (a.unit === b.unit) {
    const x = interval(a);
    const y = interval(b);
    if (x && y && !(x[0] <= y[1] && y[0] <= x[1])) kinds.push('value');
    else if (a.comparator !== b.comparator) kinds.push('qualifier');
  }
  const named = (s: string) => s !== 'unattributed' && !/unnamed|未具名/.test(s);
  if (named(a.attributed_to) && named(b.attributed_to) && a.attributed_to !== b.attributed_to)
    kinds.push('attribution');
  return kinds;
}

/**
 * Every disagreement between rows that cite the same claim (same claim_id): values whose intervals do not
 * meet, the same number with a different qualifier, dates whose spans do not overlap at their stated
 * precision, or different named sources. Found by the build, never typed by hand.
 */
export function claimConflicts(figures: readonly Figure[]): Conflict[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.claim_id) continue;
    const rows = groups.get(f.claim_id);
    if (rows) rows.push(f);
    else groups.set(f.claim_id, [f]);
  }
  const out: Conflict[] = [];
  for (const [claimId, rows] of groups) {
    rows.forEach((a, i) =>
      rows.slice(i + 1).forEach((b) => {
        for (const kind of compare(a, b)) {
          out.push({ claimId, kind, figureIds: [a.id, b.id], crossArticle: a.article_id !== b.article_id });
        }
      })
    );
  }
  return out;
}
