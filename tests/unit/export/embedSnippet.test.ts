import { describe, expect, it } from 'vitest';
import { embedSnippet, imageSnippet } from '../../../src/lib/export';
import { publicUrl, siteUrl } from '../../../src/lib/site';

describe('links in exports without a public URL (the default build)', () => {
  it('are relative to the site and print no address', () => {
    expect(siteUrl('/figures/x')).toBe('/figures/x');
    expect(publicUrl('/figures/x')).toBe('');
  });

  it('make a snippet whose frame address is relative and whose check needs no configured origin', () => {
    const s = embedSnippet('compute-gap', 'en', 'A "title" <b>');
    expect(s).toContain('<iframe src="/en/embed/compute-gap" title="A &quot;title&quot; &lt;b>"');
    expect(s).not.toMatch(/127\.0\.0\.1|localhost/);
    // The origin a message must come from is the frame's own, read in the host page.
    expect(s).toContain('new URL(f.src).origin===e.origin');
    expect(s).toContain('f.contentWindow===e.source');
  });
});

describe('snippets for a public site', () => {
  it('frame and link the public address, in the chart’s language', () => {
    const site = 'https://me.github.io/cited-figures/';
    expect(embedSnippet('compute-gap', 'zh', 't', site)).toContain(
      '<iframe src="https://me.github.io/cited-figures/embed/compute-gap"'
    );
    const img = imageSnippet('compute-gap', 'en', 't', 'Source: x', site);
    expect(img).toContain('<a href="https://me.github.io/cited-figures/en/charts/compute-gap">');
    // The PNG made at build time, at its stable address: nothing to download and upload by hand.
    expect(img).toContain('<img src="https://me.github.io/cited-figures/en/charts/compute-gap.png"');
    expect(img).toContain('width="960" height="540"');
    expect(imageSnippet('compute-gap', 'zh', 't', 's')).toContain('<img src="/charts/compute-gap.png"');
  });

  it('resize only the frame that sent the height, from the origin that frame was loaded from', () => {
    const script = /<script>(.*)<\/script>/.exec(
      embedSnippet('c', 'en', 't', 'https://news.example.org')
    )![1]!;
    const frame = { src: 'https://news.example.org/en/embed/c', contentWindow: {}, style: { height: '' } };
    const other = { src: 'https://news.example.org/en/embed/c', contentWindow: {}, style: { height: '' } };
    let listener: (e: object) => void = () => {};
    new Function('addEventListener', 'document', script)(
      (_: string, f: (e: object) => void) => (listener = f),
      { querySelectorAll: () => [frame, other] }
    );
    const data = { type: 'cited-figures:height', chart: 'c', height: 412.3 };
    listener({ origin: 'https://evil.example', source: frame.contentWindow, data });
    expect(frame.style.height).toBe('');
    listener({
      origin: 'https://news.example.org',
      source: frame.contentWindow,
      data: { ...data, height: '9' }
    });
    expect(frame.style.height).toBe('');
    listener({ origin: 'https://news.example.org', source: frame.contentWindow, data });
    expect(frame.style.height).toBe('413px');
    expect(other.style.height).toBe('');
  });
});
