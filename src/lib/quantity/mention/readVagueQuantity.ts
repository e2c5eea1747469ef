import { CN_BIG_UNITS } from '../lexicon/chars';
import { combine } from '../combine';
import type { Outcome, QuantityContext } from '../types';
import type { Qualifier } from '../lexicon/readQualifier';
import { readSuffixQualifier } from '../lexicon/readQualifier';
import { readUnit } from '../lexicon/readUnit';
import { readVague, type VagueToken } from '../numerals/readVague';
import type { Draft } from '../types';

/**
 * A vague numeral with its unit and qualifiers: 数百名 (200–900 people), 两三页, 十几年, 上亿美元, 几个亿.
 * 几 / 数 without a scale word need a counter after them (几个, 数位); 几天 / 几度 stay words.
 */
export function readVagueQuantity(
  s: string,
  i: number,
  qc: QuantityContext,
  v: VagueToken | null = readVague(s, i)
): Outcome | null {
  if (!v) return null;
  let j = v.end;
  // 几个亿: the scale word comes after 个.
  const big = s.charAt(j) === '个' ? (CN_BIG_UNITS[s.charAt(j + 1)] ?? 1) : 1;
  if (big > 1) j += 2;
  const unit = readUnit(s, j);
  if (v.needsUnit && big === 1 && (!unit || (unit.kind === 'number' && unit.weak))) return null;
  const factor = (unit?.factor ?? 1) * big;
  let end = unit ? unit.end : j;
  const suffix = readSuffixQualifier(s, end);
  const usable: Qualifier | null = suffix && suffix.word !== '多' && suffix.word !== '余' ? suffix : null;
  if (usable) end = usable.end;
  const core = { low: v.low * factor, high: v.high * factor, comparator: v.comparator };
  const b = combine(core, qc.prefix?.comparator ?? null, usable?.comparator ?? null);
  const d: Draft = {
    start: qc.prefix?.start ?? v.start,
    end,
    kind: unit?.kind ?? 'number',
    unit: unit?.unit ?? null,
    scale: big > 1 ? big : v.scale,
    ...b
  };
  return { drafts: [d], next: end };
}
