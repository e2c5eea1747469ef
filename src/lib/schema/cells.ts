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
  return Number(s);
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
  );
