import { combine, type Core } from '../combine';
import { readGapQualifier, readSuffixQualifier } from '../lexicon/readQualifier';
import type { Draft, QuantityContext } from '../types';

/** A percentage from a fraction word, with its qualifiers (三分之一以上, 接近全球总量的一半). */
export function fractionDraft(s: string, start: number, end: number, core: Core, qc: QuantityContext): Draft {
  const prefix = qc.prefix ?? readGapQualifier(s, start, qc.floor);
  const suffix = readSuffixQualifier(s, end);
  const b = combine(core, prefix?.comparator ?? null, suffix?.comparator ?? null);
  return {
    start: prefix?.start ?? start,
    end: suffix?.end ?? end,
    kind: 'percent',
    unit: '%',
    scale: null,
    ...b
  };
}
