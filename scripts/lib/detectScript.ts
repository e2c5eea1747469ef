import { toSimplified } from '../../src/lib/normalize';

/**
 * Simplified or traditional script, by how much of the text OpenCC would change: more than 2% of the
 * CJK characters converted means the article is written in traditional characters.
 */
export function detectScript(text: string): 'Hans' | 'Hant' {
  const simplified = toSimplified(text).text;
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < text.length && i < simplified.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    if (text[i] !== simplified[i]) changed++;
  }
  return cjk > 0 && changed / cjk > 0.02 ? 'Hant' : 'Hans';
}
