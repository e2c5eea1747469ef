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
export type Option = { zh: string; en: string; from: 'text' | 'dataset' };
export type ClaimLink = {
  id: string;
  article_id: string;
  claim_id: string;
  value: number | null;
  unit: string;
  quote: string;
  relation: 'corroborates' | 'conflicts';
};
export type Suggestions = {
  subject: Option[];
  metric: Option[];
  topic: string[];
  attributed_to: string[];
  period: { value: string; precision: string; text: string }[];
  claims: ClaimLink[];
};
export type Form = Record<string, string>;
export type Status = 'pending' | 'accepted' | 'skipped';
