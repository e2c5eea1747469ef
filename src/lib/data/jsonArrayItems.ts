/** One element of a top-level JSON array, as text, with the line and column where it starts. */
export type JsonItem = { text: string; line: number; col: number };

/** A syntax error in the array around the elements: where it is and what is wrong. */
export class JsonShapeError extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    message: string,
    /** Nothing but white space: not a syntax error, an empty file. */
    readonly empty = false
  ) {
    super(message);
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Splits a JSON array read in chunks into the text of its elements, one at a time, so that charts.json
 * never sits in memory as one string nor as one parsed tree. It only finds where each element ends (brackets
 * outside strings); each element is then parsed on its own, so a broken chart is reported and the next one
 * is still read. Yields elements; throws JsonShapeError when the text is not an array or an element does
 * not end with `,` or `]`.
 */
export function* jsonArrayItems(chunks: Iterable<string>): Generator<JsonItem> {
  let line = 1;
  let col = 1;
  /** 0: before "[", 1: before an element or "]", 2: inside an element, 3: after an element, 4: after "]". */
  let state = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let item = '';
  let start = { line: 1, col: 1 };
  let seenItem = false;
  const fail = (message: string): never => {
    throw new JsonShapeError(line, col, message);
  };
  for (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === 2) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (depth === 0) {
            // A bare value (a number, true…) ends at "]"; let the element's parse say it is not a chart.
            item += chunk.slice(from, i);
            yield { text: item, ...start };
            item = '';
            state = c === 0x5d ? 4 : fail('"}" without its "{"');
          } else if (--depth === 0) {
            item += chunk.slice(from, i + 1);
            yield { text: item, ...start };
            item = '';
            state = 3;
          }
        } else if (c === 0x2c && depth === 0) {
          item += chunk.slice(from, i);
          yield { text: item, ...start };
          item = '';
          state = 1;
        }
      } else if (!WS.has(c)) {
        if (state === 0) state = c === 0x5b ? 1 : fail('expected a JSON array of charts ("[" first)');
        else if (state === 1 && c === 0x5d && !seenItem) state = 4;
        else if (state === 1 && c !== 0x5d) {
          state = 2;
          seenItem = true;
          start = { line, col };
          from = i;
          inString = c === 0x22;
          depth = c === 0x7b || c === 0x5b ? 1 : 0;
        } else if (state === 3 && (c === 0x2c || c === 0x5d)) state = c === 0x2c ? 1 : 4;
        else if (state === 3) fail('expected "," or "]" after a chart');
        else if (state === 4) fail('text after the closing "]"');
        else fail('expected a chart after ","');
      }
      if (c === 0x0a) {
        line++;
        col = 1;
      } else col++;
    }
    if (state === 2) item += chunk.slice(from);
  }
  if (state === 0) throw new JsonShapeError(0, 0, 'is empty; write [] if there are none yet', true);
  if (state !== 4) fail('the file ends before the array is closed with "]"');
}

/** Line and column of a character position inside an element, counted from where the element starts. */
export function positionIn(item: JsonItem, pos: number): { line: number; col: number } {
  const before = item.text.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { line: item.line + lines, col: nl < 0 ? item.col + pos : pos - nl };
}
