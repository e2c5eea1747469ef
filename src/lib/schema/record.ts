import { z } from 'zod';
import { DIFFERENCES, VERDICTS, type Difference } from './vocab';
import { isoDateCell, optionalNumberCell, partialDateCell, slugCell, urlCell } from './cells';

/**
 * data/records.csv: for each figure, what its primary record says and the verdict. A verdict that claims
 * support (matches, partly, differs) must name the record; a `differs` must say what the record's value is,
 * and a `differs` or `partly` what the two disagree about.
 */
export const recordRow = z
  .object({
    figure_id: slugCell,
    verdict: z.enum(VERDICTS, { message: `expected one of ${VERDICTS.join(', ')}` }),
    /** Space-separated: what a `differs` or `partly` record disagrees about (value, counted, unit, date, attribution). */
    differs_in: z.string().transform((s, ctx) => {
      const words = s.split(' ').filter(Boolean);
      const bad = words.filter((w) => !(DIFFERENCES as readonly string[]).includes(w));
      if (bad.length) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown difference "${bad.join(' ')}"; expected words from: ${DIFFERENCES.join(' ')}`
        });
      }
      return words as Difference[];
    }),
    record_publisher: z.string(),
    record_title: z.string(),
    record_date: partialDateCell,
    record_url: urlCell,
    record_value: optionalNumberCell,
    record_date_value: partialDateCell,
    record_quote: z.string(),
    definition: z.string(),
    explanation: z.string().min(1, 'expected an explanation (for unverified: what was searched)'),
    checked_on: isoDateCell.refine((s) => s !== '', 'expected the date of the check')
  })
  .superRefine((r, ctx) => {
    const sourced = r.verdict === 'matches' || r.verdict === 'partly' || r.verdict === 'differs';
    if (sourced && r.record_url === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['record_url'],
        message: `verdict "${r.verdict}" needs the record's URL`
      });
    }
    if (sourced && r.record_publisher === '') {
      const message = `verdict "${r.verdict}" needs the record's publisher`;
      ctx.addIssue({ code: 'custom', path: ['record_publisher'], message });
    }
    if (r.verdict === 'differs' && r.record_value === null && r.record_date_value === '') {
      const message = 'verdict "differs" needs the record\'s own value (record_value or record_date_value)';
      ctx.addIssue({ code: 'custom', path: ['record_value'], message });
    }
    const says = (message: string) => ctx.addIssue({ code: 'custom', path: ['differs_in'], message });
    if (r.verdict === 'differs' && r.differs_in.length === 0) {
      says('verdict "differs" needs what differs: value, counted, unit, date or attribution');
    }
    if (r.verdict === 'partly' && (!r.differs_in.includes('counted') || r.differs_in.includes('value'))) {
      says(
        'verdict "partly" means the number matches but not what is counted: differs_in has "counted", not "value"'
      );
    }
    if (r.verdict !== 'differs' && r.verdict !== 'partly' && r.differs_in.length > 0) {
      says(`verdict "${r.verdict}" cannot name a difference; leave differs_in empty`);
    }
  });
export type FigureRecord = z.infer<typeof recordRow>;
export const RECORD_COLUMNS = Object.keys(recordRow.shape) as (keyof FigureRecord)[];
