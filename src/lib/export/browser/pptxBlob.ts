import PptxGenJS from 'pptxgenjs';
import { chartSize } from '../../charts/chartSize';
import { DRAWINGS } from '../../charts/drawings';
import type { ChartView } from '../../charts/types';
import { buildPptx, pptxChartBox } from '../buildPptx';
import { fitChart } from '../composeSlide';
import type { SlideTheme } from '../slideTheme';
import { rasterize } from './rasterize';
import { chartPicture } from './slideSvg';

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });

/**
 * The one-slide PowerPoint file of a chart in a theme. A chart PowerPoint has no native equivalent of is
 * placed as a picture drawn for the slide's chart frame at 192 px an inch (a 1920 px wide slide), its type
 * sized for that frame.
 */
export async function pptxBlob(view: ChartView, url: string, theme: SlideTheme): Promise<Blob> {
  let picture;
  if (!DRAWINGS[view.type].native) {
    const box = pptxChartBox(view, url);
    const frame = { w: box.w * 192, h: box.h * 192 };
    const fit = fitChart(frame, 2, (w) => chartSize(view.model, { width: w, lang: view.lang }).height);
    const pic = chartPicture(view, { width: fit.width, scale: fit.scale, theme, url });
    picture = { dataUrl: await dataUrl(await rasterize(pic.svg, pic.width, pic.height)), ...pic };
  }
  const pptx = buildPptx(PptxGenJS, { view, url, image: picture, theme });
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  return new Blob([blob], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  });
}
