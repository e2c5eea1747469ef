import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issue';
import { jsonArrayItems } from '../../../src/lib/data/jsonArrayItems';
import { validateCharts } from '../../../src/lib/data/validateCharts';

/** The text cut into pieces of `n` characters: an element must come out whole wherever the cuts fall. */
const pieces = (text: string, n: number) => Array.from({ length: Math.ceil(text.length / n) }, (_, i) => text.slice(i * n, (i + 1) * n));

describe('jsonArrayItems: charts.json one chart at a time', () => {
  const text = '[\n  {"id": "a", "t": "]},[\\"{"},\n  {"id": "b", "f": [1, [2]]}\n]\n';

  it('finds each element, with its line and column, however the text is chunked', () => {
    for (const n of [1, 2, 3, 7, 1000]) {
      const items = [...jsonArrayItems(pieces(text, n))];
      expect(items.map((i) => [i.line, i.col])).toEqual([
        [2, 3],
        [3, 3]
      ]);
      expect(items.map((i) => JSON.parse(i.text) as { id: string }).map((c) => c.id)).toEqual(['a', 'b']);
    }
  });

  it('says where the array itself is broken', () => {
    const err = (t: string) => {
      try {
        for (const item of jsonArrayItems([t])) void item;
      } catch (e) {
        const { line, col, message } = e as { line: number; col: number; message: string };
        return `${line}:${col} ${message}`;
      }
      return 'no error';
    };
    expect(err('{"id": "a"}')).toBe('1:1 expected a JSON array of charts ("[" first)');
    expect(err('[{"id": "a"}\n {"id": "b"}]')).toBe('2:2 expected "," or "]" after a chart');
    expect(err('[{"id": "a"},]')).toBe('1:14 expected a chart after ","');
    expect(err('[{"id": "a"}] x')).toBe('1:15 text after the closing "]"');
    expect(err('[{"id": "a"')).toBe('1:12 the file ends before the array is closed with "]"');
    expect(err('  \n')).toBe('0:0 is empty; write [] if there are none yet');
  });

  it('a chart that is not valid JSON is reported at its line and column, and the next chart is still checked', () => {
    const charts = '[\n  {"id": "a",}\n,\n  {"id": 2}\n]';
    const out = validateCharts(charts, new Map()).issues.map(formatIssue);
    expect(out[0]).toMatch(/^data\/charts\.json:2:14: not valid JSON: /);
    expect(out.some((l) => l.startsWith('data/charts.json:4:4: column "id": '))).toBe(true);
  });
});
