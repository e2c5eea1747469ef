import { chartSize as kitSize } from '../charts/chartSize';
import type { ChartModel } from '../charts/types';
import type { Lang } from '../schema';

/** How wide and tall a chart is when laid out at `width`: the chart kit's own measure. */
export const chartSize = (model: ChartModel, width: number, lang: Lang) => kitSize(model, { width, lang });

/** The narrowest layout a slide uses: at a 1920 px stage its 12 px labels are drawn at about 33 px. */
export const STAGE_MIN_WIDTH = 640;
/** The widest: past this, labels on a 1920 px stage would be smaller than on a chart page. */
export const STAGE_MAX_WIDTH = 1600;
/**
 * The widest layout at which a slide's type stays readable: on a 1920 × 1080 stage the kit's 12-unit labels
 * are drawn at about 21 px (a chart page draws them at 12). A taller chart is cut into parts (deckSlides).
 */
export const STAGE_READABLE_WIDTH = 1000;
/** Width over height of the space a slide leaves the graphic (below the title, legend; above the source). */
export const STAGE_AREA_RATIO = 2.6;

export type StageLayout = { width: number; height: number };

/**
 * The width to lay a chart out at for a slide, so that, scaled to the slide's graphic area, it fills it with
 * the largest type: a short chart is laid out narrow (and so scaled up a lot), a tall one as wide as its height
 * needs to keep the area's proportions. A chart's height barely depends on its width (rows have a fixed
 * height; only wrapped labels add lines), so a few rounds settle it.
 */
export function stageLayout(model: ChartModel, lang: Lang): StageLayout {
  let width = STAGE_MIN_WIDTH;
  let size = chartSize(model, width, lang);
  for (let i = 0; i < 4; i++) {
    const next = Math.round(
      Math.min(STAGE_MAX_WIDTH, Math.max(STAGE_MIN_WIDTH, size.height * STAGE_AREA_RATIO))
    );
    if (next === width) break;
    width = next;
    size = chartSize(model, width, lang);
  }
  return size;
}
