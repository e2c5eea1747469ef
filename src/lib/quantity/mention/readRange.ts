import type { MentionKind } from '../../schema/vocab';
import { skipSpace, wordAt } from '../lexicon/chars';
import { combine } from '../combine';
import { arabicIdentifierEnd } from '../numerals/identifiers';
import { RANGE_SEPARATORS } from '../lexicon/qualifiers';
import { readSuffixQualifier } from '../lexicon/readQualifier';
import { clean, readNumber, type NumberToken } from '../numerals/readNumber';
import { readUnit, type UnitMatch } from '../lexicon/readUnit';
import type { Draft, QuantityContext } from '../types';

/**
 * The second end of a range after `a` (read up to `j`, its value `aValue` in `aUnit`): 10到100倍, 5万至10万元,
 * 10%-20%, 三到五年. Units must agree when both ends have one; without any unit only 到 / 至 make a range (3-5
 * alone may be a score or a date). A scale word written once applies to both ends (5到10亿).
 */
export function readRange(
  s: string,
  j: number,
  a: NumberToken,
  aValue: number,
  aUnit: UnitMatch | null,
  qc: QuantityContext
): Draft | null {
  let k = skipSpace(s, j);
  const sep = wordAt(s, k, RANGE_SEPARATORS);
  if (!sep) return null;
  k = skipSpace(s, k + sep.length);
  const b = readNumber(s, k, a.scaleStart);
  if (!b || b.more || b.digitString || (b.arabic && arabicIdentifierEnd(s, b, true) >= 0)) return null;
  const bUnit = readUnit(s, b.end);
  if (aUnit && bUnit && (aUnit.unit !== bUnit.unit || aUnit.kind !== bUnit.kind)) return null;
  const unit = bUnit ?? aUnit;
  if (!unit && sep !== '到' && sep !== '至') return null;
  let low = aUnit ? aValue : clean(a.value * (unit?.factor ?? 1));
  const high = bUnit ? clean((b.value + (bUnit.half ? 0.5 : 0)) * bUnit.factor) : b.value;
  if (a.scale === null && b.scale !== null && clean(low * b.scale) <= high) low = clean(low * b.scale);
  if (!(low < high)) return null;
  let end = bUnit ? bUnit.end : b.end;
  const tail = readSuffixQualifier(s, end);
  const usable = tail && tail.word !== '多' && tail.word !== '余' ? tail : null;
  if (usable) end = usable.end;
  const bnd = combine(
    { low, high, comparator: 'range' },
    qc.prefix?.comparator ?? null,
    usable?.comparator ?? null
  );
  const kind: MentionKind = unit?.kind ?? 'number';
  return { start: qc.prefix?.start ?? a.start, end, kind, unit: unit?.unit ?? null, scale: b.scale, ...bnd };
}
