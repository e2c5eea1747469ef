import { describe, expect, it } from 'vitest';
import { officeSafeSvg } from '../../../src/lib/export/officeSafeSvg';

const safe = (svg: string) => officeSafeSvg(svg, { fg: 'rgb(29, 31, 35)' });

describe('officeSafeSvg', () => {
  it('turns an invisible fill into none, not a colour an office program draws black', () => {
    const out = safe(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect class="hit" fill="rgba(0, 0, 0, 0)" fill-opacity="1" width="9" height="9"/></svg>'
    );
    expect(out).toContain('<rect fill="none" width="9" height="9"/>');
    expect(out).not.toMatch(/rgba|class=/);
  });

  it.each([
    ['fill="rgb(47, 95, 152)"', 'fill="#2f5f98"'],
    ['fill="rgba(47, 95, 152, 0.5)" fill-opacity="0.5"', 'fill="#2f5f98" fill-opacity="0.25"'],
    ['stroke="rgba(180, 70, 46, 0.06)"', 'stroke="#b4462e" stroke-opacity="0.06"'],
    ['stroke="transparent"', 'stroke="none"'],
    ['fill="currentColor"', 'fill="#1d1f23"'],
    ['fill="var(--accent)"', 'fill="#1d1f23"'],
    ['fill="url(&quot;#s1-fr&quot;)"', 'fill="url(#s1-fr)"'],
    ['fill="url(\'#s1-fr\')"', 'fill="url(#s1-fr)"'],
    ['stroke-dasharray="2.5px, 1.8px"', 'stroke-dasharray="2.5 1.8"'],
    ['font-size="13px" stroke-width="1.5px"', 'font-size="13" stroke-width="1.5"'],
    ['font-size="var(--size)"', ''],
    ['style="fill: red" tabindex="0" role="img" aria-label="x" data-x="1"', '']
  ])('%s → %s', (input, output) => {
    const out = safe(`<svg xmlns="http://www.w3.org/2000/svg"><path d="M0,0" ${input}/></svg>`);
    expect(out).toContain(`<path d="M0,0"${output ? ` ${output}` : ''}/>`);
  });

  it('keeps a transparent gradient stop as a colour with zero opacity', () => {
    const out = safe(
      '<svg xmlns="http://www.w3.org/2000/svg"><stop offset="1" stop-color="rgba(47, 95, 152, 0)" stop-opacity="0.9"/></svg>'
    );
    expect(out).toContain('<stop offset="1" stop-color="#2f5f98" stop-opacity="0"/>');
  });

  it('puts every element in the SVG namespace, links as xlink:href, one font stack on the root', () => {
    const out = safe(
      '<svg xmlns="http://www.w3.org/2000/svg" font-family="A, sans-serif"><a xmlns="http://www.w3.org/1999/xhtml" href="/figures/x" font-family="system-ui"><text xmlns="http://www.w3.org/2000/svg" font-family="system-ui">中文</text></a></svg>'
    );
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" font-family="A, sans-serif"><a xlink:href="/figures/x"><text>中文</text></a></svg>'
    );
  });

  it('declares the xlink namespace on a root that uses it, and leaves text alone', () => {
    const out = safe(
      '<svg xmlns="http://www.w3.org/2000/svg" xlink:href="#a"><text>rgba(0, 0, 0, 0) var(--x)</text></svg>'
    );
    expect(out).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(out).toContain('<text>rgba(0, 0, 0, 0) var(--x)</text>');
  });
});
