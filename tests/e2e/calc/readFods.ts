/**
 * One cell as LibreOffice Calc typed it: `type` is ODF's value type (float, percentage, date, string, …),
 * `value` the typed value (office:value, office:date-value) or, for text, the cell's text.
 */
export type CalcCell = { type: 'float' | 'percentage' | 'date' | 'string' | 'empty' | string; value: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? m)
  );
}

/** The text of a cell's paragraphs, with ODF's encoded spaces, tabs and line breaks restored. */
function cellText(xml: string): string {
  const paras = [...xml.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((m) =>
    decode(
      (m[1] ?? '')
        .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
        .replace(/<text:s\/>/g, ' ')
        .replace(/<text:tab\/>/g, '\t')
        .replace(/<text:line-break\/>/g, '\n')
        .replace(/<[^>]+>/g, '')
    )
  );
  return paras.join('\n');
}

/**
 * The first sheet of a flat ODF spreadsheet (.fods, what `soffice --convert-to fods` writes) as rows of
 * typed cells. A small reader on purpose: flat ODF is plain XML, and only rows, cells, their
 * `office:value-type` and text matter here.
 */
export function readFods(xml: string): CalcCell[][] {
  const table = xml.match(/<table:table\b[\s\S]*?<\/table:table>/)?.[0] ?? '';
  const rows: CalcCell[][] = [];
  for (const row of table.matchAll(/<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: CalcCell[] = [];
    for (const c of (row[2] ?? '').matchAll(
      /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g
    )) {
      const attrs = c[1] ?? '';
      const repeat = Number(attrs.match(/table:number-columns-repeated="(\d+)"/)?.[1] ?? 1);
      const type = attrs.match(/office:value-type="([^"]+)"/)?.[1] ?? 'empty';
      const typed = attrs.match(/office:(?:date-|time-|boolean-)?value="([^"]+)"/)?.[1];
      const value = type === 'string' || type === 'empty' ? cellText(c[2] ?? '') : (typed ?? '');
      // Calc writes a run of empty cells (to the sheet's end) as one repeated cell; keep short runs only.
      for (let i = 0; i < Math.min(repeat, 256); i++) cells.push({ type, value });
    }
    while (cells.length > 0 && cells.at(-1)?.type === 'empty') cells.pop();
    const repeat = Number((row[1] ?? '').match(/table:number-rows-repeated="(\d+)"/)?.[1] ?? 1);
    for (let i = 0; i < Math.min(repeat, 256); i++) rows.push(cells);
  }
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}
