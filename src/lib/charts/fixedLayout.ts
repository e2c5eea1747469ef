import { getContext, setContext } from 'svelte';

const KEY = Symbol('cited-figures:fixed-layout');

/**
 * Lets a page keep the charts below it laid out at the width they were given instead of the width of their
 * container: a slide lays a chart out for the stage and scales the drawing up with CSS, so its type grows
 * with the stage; measuring the container would re-lay it out with small type. `on` is read reactively (a
 * deck turns it off on a phone held upright, where the chart page's own layout reads best).
 */
export function setFixedLayout(on: () => boolean): void {
  setContext(KEY, on);
}

/** Whether the nearest page above asked for fixed layouts (false when none did). */
export function fixedLayout(): () => boolean {
  return getContext<(() => boolean) | undefined>(KEY) ?? (() => false);
}
