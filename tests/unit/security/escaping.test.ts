import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../src/lib/pages/articlePage';
import { figureListRows } from '../../../src/lib/pages/figureList';
import { figurePage } from '../../../src/lib/pages/figurePage';
import { validateDataset } from '../../../src/lib/data/validateDataset';
import ArticlePage from '../../../src/routes/[[lang=lang]]/articles/[id]/+page.svelte';
import FigurePage from '../../../src/routes/[[lang=lang]]/figures/[id]/+page.svelte';
import FiguresPage from '../../../src/routes/[[lang=lang]]/figures/+page.svelte';
import { realFiles } from '../data/fixtures';

const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const EVIL_TEXT = `标题\n恶意段落:<b onmouseover="alert(3)">26.1%</b> 和 ${EVIL} 结束。\n`;

/** A dataset where every free-text field an attacker could reach carries markup. */
function hostileDataset() {
  const files = realFiles();
  const figuresHeader = files.figuresCsv.split('\n')[0];
  const quote = '<b onmouseover=""alert(3)"">26.1%</b>';
  const start = EVIL_TEXT.indexOf('<b ');
  const end = start + '<b onmouseover="alert(3)">26.1%</b>'.length;
  const row = `evil,evil-article,,money,"${quote}",${start},${end},"${EVIL}","${EVIL}","${EVIL}","${EVIL}",26.1,,,=,%,,,,"${EVIL}",,as-cited,"${EVIL}"`;
  const articleRow = `evil-article,evil.txt,${'0'.repeat(64)},"${EVIL}","${EVIL}","${EVIL}","${EVIL}",,,,,zh,Hans,"${EVIL}"`;
  const { dataset, issues } = validateDataset({
    ...files,
    articlesCsv: `${files.articlesCsv}${articleRow}\n`,
    figuresCsv: `${figuresHeader}\n${row}\n`,
    articleText: (file) =>
      file === 'evil.txt' ? { text: EVIL_TEXT, sha256: '0'.repeat(64) } : files.articleText(file)
  });
  expect(issues).toEqual([]);
  return dataset;
}

function expectInert(html: string) {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img src=x');
  expect(html).not.toMatch(/<b onmouseover/);
  expect(html).toContain('&lt;script>alert(1)&lt;/script>');
}

describe('article and figure text never reaches a page as HTML', () => {
  const d = hostileDataset();

  it.each(['zh', 'en'] as const)('figure page (%s)', (lang) => {
    const page = figurePage(d, 'evil', lang);
    if (!page) throw new Error('no page');
    const { body } = render(FigurePage, { props: { data: { ...page, lang } } as never });
    expectInert(body);
    expect(body).toContain('&lt;b onmouseover="alert(3)">26.1%&lt;/b>');
  });

  it.each(['zh', 'en'] as const)('article page (%s)', (lang) => {
    const page = articlePage(d, 'evil-article', lang);
    if (!page) throw new Error('no page');
    const { body } = render(ArticlePage, { props: { data: { ...page, lang } } as never });
    expectInert(body);
  });

  it('figures table', () => {
    const { body } = render(FiguresPage, {
      props: { data: { head: figureListRows(d, 'en'), total: d.figures.length, lang: 'en' } } as never
    });
    expectInert(body);
  });
});

describe('{@html} is used only for generated JSON-LD', () => {
  it('no other component renders raw HTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.svelte')) files.push(p);
      }
    };
    walk('src');
    // One trusted exception: JsonLd.svelte writes JSON that jsonLdText() generated and escaped.
    const offenders = files.filter((f) => readFileSync(f, 'utf8').includes('{@html'));
    expect(offenders).toEqual([join('src', 'lib', 'components', 'JsonLd.svelte')]);
  });
});
