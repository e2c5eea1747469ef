import { z } from 'zod';
import { VERDICTS } from './vocab';
import { isoDateCell, optionalNumberCell, partialDateCell, slugCell, urlCell } from './cells';

/**
 * data/records.csv: for each figure, what its primary record says and the verdict. A verdict that claims
 * support (matches, differs) must name the record; a `differs` must say what the record's value is.
 */
export const recordRow = z
  .object({
    figure_id: slugCell,
    verdict: z.enum(VERDICTS, { message: `expected one of ${VERDICTS.join(', ')}` }),
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
    const sourced = r.verdict === 'matches' || r.verdict === 'differs';
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
  });
export type FigureRecord = z.infer<typeof recordRow>;
export const RECORD_COLUMNS = Object.keys(recordRow.shape) as (keyof FigureRecord)[];
