/** One problem found in a data file, located precisely enough that a curator can go straight to it. */
export type DataIssue = {
  file: string;
  /** 1-based line in the file where the row starts; 0 when the problem is the file as a whole. */
  line: number;
  /** 1-based character column within that line, when known. */
  col?: number;
  /** Column name (CSV), JSON path (charts.json), or '' for the whole row or file. */
  column: string;
  message: string;
  /**
   * What kind of problem this is, for code that must tell kinds apart (never by matching message text):
   * `unknown-figure` is a reference to a figure id that figures.csv does not define (`ref` names the id).
   */
  code?: 'unknown-figure';
  /** The id that an `unknown-figure` issue refers to. */
  ref?: string;
};

/** `data/figures.csv:12:40: column "quote_end": expected ...` — the one format every tool prints. */
export function formatIssue(i: DataIssue): string {
  const where = i.line > 0 ? `${i.file}:${i.line}${i.col ? `:${i.col}` : ''}` : i.file;
  return i.column ? `${where}: column "${i.column}": ${i.message}` : `${where}: ${i.message}`;
}

/** Issues sorted by file, then line, so a report reads top to bottom like the files do. */
export function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.col ?? 0) - (b.col ?? 0)
  );
}
