import { describe, expect, it } from 'vitest';
import { DRAWINGS } from '../../../src/lib/charts/drawings';
import { KINDS, kindOf } from '../../../src/lib/charts/registry';
import { CHART_RULES } from '../../../src/lib/schema/chartRules';
import { CHART_TYPES } from '../../../src/lib/schema/vocab';
import { FROZEN_DEFS, frozenView, typeDecisions } from './registryTable';

describe('the chart-type registry', () => {
  it('has a kind for every type of the vocabulary, and none besides', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CHART_TYPES].sort());
    expect(Object.keys(DRAWINGS).sort()).toEqual([...CHART_TYPES].sort());
  });

  it.each([...CHART_TYPES])('%s: a complete kind, its drawing the one the browser looks up', (type) => {
    const kind = KINDS[type];
    for (const part of ['shape', 'legend', 'summary', 'parts'] as const) {
      expect(typeof kind[part], `${type}.${part}`).toBe('function');
    }
    expect(typeof kind.drawing.layout).toBe('function');
    expect(typeof kind.drawing.marks).toBe('function');
    // DRAWINGS is kept apart for the browser's bundle; it must be the same drawing, not a second one.
    expect(DRAWINGS[type]).toBe(kind.drawing);
    expect(kind.rules).toBe(CHART_RULES[type]);
  });

  it('offers a native office chart for bars and grouped bars only', () => {
    const native = CHART_TYPES.filter((type) => KINDS[type].drawing.native !== undefined);
    expect(native).toEqual(['bar', 'grouped-bar']);
  });

  it('covers every type with a frozen chart below', () => {
    expect(FROZEN_DEFS.map((d) => d.type).sort()).toEqual([...CHART_TYPES].sort());
  });
});

describe.each(FROZEN_DEFS.flatMap((def) => (['zh', 'en'] as const).map((lang) => ({ def, lang }))))(
  'one chart of each type through the registry ($def.type, $lang)',
  ({ def, lang }) => {
    const view = frozenView(def, lang);

    it("is shaped by its type's kind", () => {
      expect(view.model.type).toBe(def.type);
      expect(kindOf(view.model)).toBe(KINDS[def.type]);
    });

    it('decides model, legend, summary, rows, size, parts and native chart as the type switches did', async () => {
      // Stored from the code before the registry (the switches in shape, legend, summary, rows, chartMarks,
      // chartSize, modelParts and buildPptx); any difference a kind makes shows here.
      await expect(`${JSON.stringify(typeDecisions(view), null, 1)}\n`).toMatchFileSnapshot(
        `./__snapshots__/registry/${def.type}.${lang}.json`
      );
    });
  }
);
