import { describe, expect, test } from 'vitest';
import { parseCss } from '../../../../src/lib/export/server/chartCss';

describe('parseCss', () => {
  test('reads plain rules with their selectors, declarations and order', () => {
    const rules = parseCss('.a.svelte-x { fill: red; stroke: blue } g > .b { opacity: 0.5 }');
    expect(rules.map((r) => [r.selector.map((c) => c.classes.join('.')), r.decls])).toEqual([
      [
        ['a.svelte-x'],
        [
          ['fill', 'red'],
          ['stroke', 'blue']
        ]
      ],
      [['', 'b'], [['opacity', '0.5']]]
    ]);
    expect(rules.map((r) => r.order)).toEqual([0, 1]);
  });

  // A nested block once never advanced the cursor: the build that renders chart images hung forever.
  test.each([
    ['@media', '@media (max-width: 40rem) { .a { fill: red } } .b { fill: blue }'],
    ['@container', '@container chart (min-width: 30rem) { .a { x: 1 } .c { y: 2 } } .b { fill: blue }'],
    ['@supports nested twice', '@supports (x: y) { @media print { .a { z: 1 } } } .b { fill: blue }']
  ])('skips an at-rule with nested blocks (%s) and reads the rule after it', (_name, css) => {
    const rules = parseCss(css);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.selector[0]!.classes).toEqual(['b']);
    expect(rules[0]!.decls).toEqual([['fill', 'blue']]);
  });

  test('an unclosed block ends the sheet rather than looping', () => {
    expect(parseCss('.a { fill: red } @media x { .b { fill: blue }')).toHaveLength(1);
  });
});
