import { readFileSync } from 'node:fs';
import { recognize } from '../../src/lib/quantity';

/**
 * A long news-style article for the desk's benchmark: the fixture's paragraph of shares repeated with its
 * numbers varied until the text holds about `mentions` numbers, then its number-free paragraphs until it is
 * `chars` characters long. Synthetic, for timing only; never written to data/.
 */
export function longArticle(chars = 20_000, mentions = 300): string {
  const fixture = readFileSync('tests/fixtures/desk-cloud-market.txt', 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const shares = fixture.find((l) => l.startsWith('据IDC')) ?? '';
  const plain = fixture.filter((l) => l.length > 40 && recognize(l, {}).length === 0);
  const out: string[] = [fixture[0] ?? ''];
  let n = 0;
  let k = 0;
  for (;;) {
    k++;
    const block = shares.replace(
      /(\d+)\.(\d)%/g,
      (_, x: string, y: string) => `${(Number(x) + k) % 40}.${(Number(y) + k) % 10}%`
    );
    const found = recognize(block, {}).length;
    if (n + found > mentions) break;
    out.push(block, plain[k % plain.length] ?? '');
    n += found;
  }
  let text = out.join('\n\n');
  for (let i = 0; text.length < chars; i++) text += `\n\n${plain[i % plain.length] ?? ''}`;
  return `${text.slice(0, chars).replace(/[^。\n]*$/, '')}\n`;
}
