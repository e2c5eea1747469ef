import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The Chinese pages of the built site, read as a reader (or a screen reader) gets them: text and accessible
// names, without scripts, styles, and passages marked lang="en" (English originals carry that mark and a
// “（英文原文）” label, and the language switch names English in English).
function zhPages(dir = 'build'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join('build', 'en') ? [] : zhPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function readerText(html: string): string {
  let s = html.replace(/<(script|style)\b[^]*?<\/\1>/g, ' ');
  // Innermost lang="en" elements first, so nested markup inside them goes too.
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(/<(\w+)\b[^>]*\slang="en"[^>]*>(?:(?!<\1\b)[^])*?<\/\1>/g, ' ');
  }
  const names = [...s.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((m) => m[1]);
  return [s.replace(/<[^>]+>/g, ' '), ...names].join(' ').replace(/&amp;/g, '&');
}

/** Words of the data's own vocabulary and of the interface that must never reach a Chinese reader. */
const ENGLISH_VOCABULARY =
  /\b(unattributed|as-cited|as cited|corroborated|conflicting|not-checkable|unverified|matches|differs|partly|Title|Source|Legend|exact|approximate|year not stated)\b/g;

test('the built site has Chinese pages of every kind', () => {
  const pages = zhPages();
  expect(pages.length).toBeGreaterThan(100);
  for (const p of ['build/index.html', 'build/figures/ibm-china-rd-closed-aws.html', 'build/checks.html'])
    expect(pages).toContain(p);
});

test('no Chinese page shows English vocabulary such as “unattributed”', () => {
  const found = zhPages().flatMap((page) =>
    [
      ...new Set([...readerText(readFileSync(page, 'utf8')).matchAll(ENGLISH_VOCABULARY)].map((m) => m[1]))
    ].map((w) => `${page}: ${w}`)
  );
  expect(found).toEqual([]);
});

test('the check finds vocabulary outside lang="en" and ignores it inside', () => {
  const text = readerText('<p>来源：<span>unattributed</span><span lang="en">as cited <b>x</b></span></p>');
  expect([...text.matchAll(ENGLISH_VOCABULARY)].map((m) => m[1])).toEqual(['unattributed']);
});
