import type { Article, ChartDef, Figure, FigureRecord, Mention } from '../schema';

/**
 * The validated contents of the data folder: what every layer above data/ reads (validateDataset makes it,
 * server/dataset loads it once per build).
 */
export type Dataset = {
  articles: Article[];
  figures: Figure[];
  charts: ChartDef[];
  records: FigureRecord[];
  mentions: Mention[];
  /** Article id → raw text: the only source of truth for provenance (no prototype: any id is safe). */
  texts: Record<string, string>;
};
