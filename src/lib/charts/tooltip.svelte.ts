import type { ChartMark } from './types';

/**
 * The one tooltip of a chart: which mark is active (hovered or focused) and where it points, in the SVG's
 * coordinates. Shared by a chart's marks and its tooltip element.
 */
export class TipState {
  active = $state<{ mark: ChartMark; x: number; y: number } | null>(null);
  /** True once the chart has hydrated: until then (and with JavaScript off) each mark carries a <title>. */
  ready = $state(false);
  /** The tooltip element's id, for aria-describedby. */
  readonly id: string;

  constructor(id: string) {
    this.id = id;
  }

  show(mark: ChartMark, at: { x: number; y: number }) {
    this.active = { mark, x: at.x, y: at.y };
  }

  /** Hides the tooltip (of `id` only, when given: a late blur must not hide the next mark's tooltip). */
  hide(id?: string) {
    if (id === undefined || this.active?.mark.id === id) this.active = null;
  }
}
