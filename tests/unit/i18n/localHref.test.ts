import { describe, expect, it } from 'vitest';
import { langPath, localHref, switchLang } from '../../../src/lib/i18n';
import { BASE_PATH } from '../../../src/lib/site';

// The unit tests build for the host's root (no CITED_FIGURES_BASE_PATH); the sub-path build is crawled
// end to end in tests/e2e/publish.test.ts.
describe('localHref, langPath, switchLang', () => {
  it('puts English under /en and both under the base path', () => {
    expect(BASE_PATH).toBe('');
    expect(langPath('en', '/figures/x')).toBe('/en/figures/x');
    expect(langPath('zh', 'figures/x')).toBe('/figures/x');
    expect(localHref('en', '/')).toBe('/en');
    expect(localHref('zh', '/')).toBe('/');
  });

  it.each([
    ['/', { lang: 'en', href: '/en' }],
    ['/en', { lang: 'zh', href: '/' }],
    ['/en/charts/x', { lang: 'zh', href: '/charts/x' }],
    ['/charts/x', { lang: 'en', href: '/en/charts/x' }],
    ['/entries', { lang: 'en', href: '/en/entries' }]
  ])('switches %s', (path, to) => {
    expect(switchLang(path)).toEqual(to);
  });
});
