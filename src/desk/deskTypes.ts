/** The shapes the desk's server sends and the client keeps. */
export type MentionRow = {
  id: string;
  kind: string;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  comparator: string;
  unit: string;
  date: string;
  date_precision: string;
  mention_start: number;
  mention_end: number;
  quote_start: number;
  quote_end: number;
};
// The suggestion shapes are the server's own (type-only: no server code reaches the client bundle).
export type { ClaimLink, Option, Suggestions } from '../../scripts/lib/desk/suggestFor';
export type Form = Record<string, string>;
export type Status = 'pending' | 'accepted' | 'skipped';
