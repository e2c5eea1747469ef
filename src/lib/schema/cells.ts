import { z } from 'zod';
import { PARTIAL_DATE } from './vocab';

/**
 * Cell converters: CSV cells arrive as strings (papaparse never auto-types, so "00700" stays text) and zod
 * turns them into typed values, with messages that say what was expected and what was found.
 */

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

/** An optional number: the empty cell means "not stated" and becomes null. */
export const optionalNumberCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  if (!NUMBER.test(s)) {
    ctx.addIssue({ code: 'custom', message: `expected a number or an empty cell, got ${JSON.stringify(s)}` });
    return z.NEVER;
  }
  const problem = numberProblem(s);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return Number(s);
});

/**
 * A number must be stored as exactly what the file says: 1e400 is not Infinity, 1e-400 is not 0, and
 * 9007199254740993 is not 9007199254740992. Up to 15 significant digits always survive a double.
 */
export function numberProblem(s: string): string | null {
  const v = Number(s);
  if (!Number.isFinite(v)) return `${s} is beyond the largest number the site can hold (about 1.8e308)`;
  const written = decimal(s);
  if (v === 0 && written.digits !== '') return `${s} is too small to store: it would become 0`;
  if (written.digits.length <= 15) return null;
  const stored = decimal(String(v));
  if (stored.digits === written.digits && stored.point === written.point) return null;
  return `${s} cannot be stored exactly (it would become ${v}); write at most 15 significant digits`;
}

/** Significant digits (no leading or trailing zeros) and the position of the decimal point relative to them. */
function decimal(s: string): { digits: string; point: number } {
  const m = /^-?(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(s);
  const int = m?.[1] ?? '';
  const all = int + (m?.[2] ?? '');
  const lead = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(lead).replace(/0+$/, '');
  return { digits, point: int.length + Number(m?.[3] ?? 0) - lead };
}

/**
 * Characters that change how text around them is displayed without being seen: bidi embeddings, overrides
 * and isolates (an unterminated U+202E reverses the rest of a page title), and zero-width characters.
 * Curated text (labels, subjects, notes) must not carry them; an article's own text stays verbatim.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Text a curator wrote: any string without invisible bidi or zero-width characters. */
export const curatedText = () =>
  z.string().superRefine((s, ctx) => {
    const m = INVISIBLE.exec(s);
    if (!m) return;
    const code = s.charCodeAt(m.index).toString(16).toUpperCase().padStart(4, '0');
    const message = `invisible character U+${code} at character ${m.index + 1} (a bidi control or zero-width character); remove it`;
    ctx.addIssue({ code: 'custom', message });
  });

/** A non-negative integer offset. */
export const offsetCell = z.string().transform((s, ctx) => {
  if (!/^\d+$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `expected a whole number offset, got ${JSON.stringify(s)}` });
    return z.NEVER;
  }
  return Number(s);
});

/** A readable identifier: lower-case ASCII words joined by hyphens. */
export const slugCell = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');

/** Only http(s) and doi.org links may reach a page; anything else (javascript:, data:) is refused. */
export const urlCell = z.string().refine((s) => {
  if (s === '') return true;
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}, 'expected an http(s) URL or an empty cell');

/** ISO 8601 calendar date, or empty when the article does not say. */
export const isoDateCell = z
  .string()
  .refine((s) => s === '' || isRealIsoDate(s), 'expected an ISO date YYYY-MM-DD or an empty cell');

function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const partialDateCell = z
  .string()
  .refine(
    (s) => s === '' || PARTIAL_DATE.test(s),
    'expected a partial date (2018, 2018-09, 2018-09-17, --07-23, 2024-H2, 2018-autumn, 2017/2022) or an empty cell'
  )
  .refine((s) => !PARTIAL_DATE.test(s) || realDay(s), 'no such day in the calendar (e.g. 2023-02-31)');

/** A partial date that names a day names one that exists (--02-29 is allowed: the year is unstated). */
function realDay(s: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return true;
  const year = m[1] === '-' ? 2000 : Number(m[1]);
  const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1;
}

/** The precision a partial date is written in (2018 → year, 2018-09 → month, 2024-H2 → half, …). */
export function precisionOf(s: string): string {
  if (/^\d{4}\/\d{4}$/.test(s)) return 'years';
  if (/-H[12]$/.test(s)) return 'half';
  if (/-(spring|summer|autumn|winter)$/.test(s)) return 'season';
  if (/^(\d{4}|-)-\d{2}-\d{2}$/.test(s)) return 'day';
  if (/^(\d{4}|-)-\d{2}$/.test(s)) return 'month';
  return 'year';
}
