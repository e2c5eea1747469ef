import { z } from 'zod';
import { offsetCell, slugCell } from './cells';

/**
 * data/mentions.csv: how an article names a person or an organisation and the title it gives them, with the
 * verbatim quote. Numbers live in figures.csv; this file exists because articles also disagree about names
 * and titles, which a build can only compare when they are data.
 */
export const mentionRow = z.object({
  id: slugCell,
  entity_id: slugCell,
  article_id: slugCell,
  quote: z.string().min(1, 'expected the verbatim quote'),
  quote_start: offsetCell,
  quote_end: offsetCell,
  /** The name as the article writes it; empty when only the title is compared. */
  name: z.string(),
  title: z.string(),
  /** Figures this entity is the source or subject of (space-separated ids), where the conflict is shown. */
  figure_ids: z
    .string()
    .regex(/^(?:[a-z0-9-]+(?: [a-z0-9-]+)*)?$/, 'expected figure ids separated by spaces'),
  note: z.string()
});
export type Mention = z.infer<typeof mentionRow>;
export const MENTION_COLUMNS = Object.keys(mentionRow.shape) as (keyof Mention)[];
