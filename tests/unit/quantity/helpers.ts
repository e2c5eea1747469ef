import { readFileSync, readdirSync } from 'node:fs';
import { recognize, type Mention } from '../../../src/lib/quantity';

/** The raw text of the article whose file name starts with `prefix` (e.g. '003'). */
export function article(prefix: string): string {
  const dir = 'data/articles';
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no article ${prefix}`);
  return readFileSync(`${dir}/${name}`, 'utf8');
}

/** The only mention in `text`, failing with what was found when there is not exactly one. */
export function only(text: string, published?: string): Mention {
  const found = recognize(text, published ? { published } : {});
  if (found.length !== 1)
    throw new Error(`expected one mention in ${text}, got ${JSON.stringify(found.map((m) => m.text))}`);
  return found[0] as Mention;
}

/** Mentions as compact `text|comparator|value-or-bounds|unit` strings, for readable list assertions. */
export function brief(text: string): string[] {
  return recognize(text).map((m) => {
    const n =
      m.comparator === 'range' ? `${m.low}-${m.high}` : String(m.value ?? m.low ?? m.high ?? m.date ?? '');
    return `${m.text}|${m.comparator}|${m.date ?? n}|${m.unit ?? ''}`;
  });
}
