import { describe, expect, it } from 'vitest';
import { publishTarget } from '../../src/lib/publishTarget.js';

describe('publishTarget', () => {
  it.each([
    [{}, { siteUrl: '', basePath: '' }],
    [{ CITED_FIGURES_BASE_PATH: '/cited-figures/' }, { siteUrl: '', basePath: '/cited-figures' }],
    [{ CITED_FIGURES_BASE_PATH: '/' }, { siteUrl: '', basePath: '' }],
    [
      { CITED_FIGURES_SITE_URL: 'https://news.example.org/' },
      { siteUrl: 'https://news.example.org', basePath: '' }
    ],
    // A project page: the path of the URL is the base path.
    [
      { CITED_FIGURES_SITE_URL: 'https://me.github.io/cited-figures/' },
      { siteUrl: 'https://me.github.io/cited-figures', basePath: '/cited-figures' }
    ],
    // An origin and a base path make the same address.
    [
      { CITED_FIGURES_SITE_URL: 'https://me.github.io', CITED_FIGURES_BASE_PATH: '/cited-figures' },
      { siteUrl: 'https://me.github.io/cited-figures', basePath: '/cited-figures' }
    ],
    // An intranet is a real place to publish.
    [
      { CITED_FIGURES_SITE_URL: 'http://10.1.2.3/figures' },
      { siteUrl: 'http://10.1.2.3/figures', basePath: '/figures' }
    ]
  ])('%j → %j', (env, target) => {
    expect(publishTarget(env)).toEqual(target);
  });

  it.each([
    [
      { CITED_FIGURES_SITE_URL: 'news.example.org' },
      /CITED_FIGURES_SITE_URL="news\.example\.org" is not a URL.*e\.g\. CITED_FIGURES_SITE_URL=https:/
    ],
    [{ CITED_FIGURES_SITE_URL: 'ftp://news.example.org' }, /not a web address.*e\.g\./],
    [{ CITED_FIGURES_SITE_URL: 'https://news.example.org/?a=1' }, /query, a fragment or a password/],
    [{ CITED_FIGURES_SITE_URL: 'http://127.0.0.1:4173' }, /local address that readers cannot open/],
    [{ CITED_FIGURES_SITE_URL: 'http://localhost:4173' }, /local address/],
    [{ CITED_FIGURES_SITE_URL: 'http://[::1]/' }, /local address/],
    [
      { CITED_FIGURES_BASE_PATH: 'cited-figures' },
      /CITED_FIGURES_BASE_PATH="cited-figures" is not a URL path.*e\.g\. CITED_FIGURES_BASE_PATH=\/cited-figures/
    ],
    [{ CITED_FIGURES_BASE_PATH: '/cited figures' }, /CITED_FIGURES_BASE_PATH/],
    [{ CITED_FIGURES_BASE_PATH: '/a/../b' }, /CITED_FIGURES_BASE_PATH/],
    [
      { CITED_FIGURES_SITE_URL: 'https://me.github.io/one', CITED_FIGURES_BASE_PATH: '/two' },
      /ends in the path "\/one" but CITED_FIGURES_BASE_PATH is "\/two"/
    ]
  ])('refuses %j, naming the variable and an example', (env, message) => {
    expect(() => publishTarget(env)).toThrow(message);
  });
});
