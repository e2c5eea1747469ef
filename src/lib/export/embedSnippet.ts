import { langPath } from '../i18n';
import { chartImagePath } from './chartImages';
import { SITE_URL, siteUrl } from '../site';
import { t } from '../i18n';

/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'cited-figures:height';

/**
 * The copyable iframe snippet for a chart: the frame, plus a few lines that resize it to the height the
 * embed reports (postMessage), accepting a message only from its own frame and only from the origin that
 * frame was loaded from (read from the frame itself, so the check holds wherever the site is published).
 * `site` is the site's public home address (the configured URL; on a chart page without one, the address
 * the reader is on); without it the frame's address is relative to the site, for the page's prerendered HTML.
 */
export function embedSnippet(id: string, lang: 'zh' | 'en', title: string, site = SITE_URL): string {
  const path = langPath(lang, `/embed/${id}`);
  const src = site ? `${site.replace(/\/+$/, '')}${path}` : siteUrl(path);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${src}" title="${esc(title)}" data-cited-figures="${id}" style="width:100%;border:0" height="560" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE}"||typeof d.height!=="number")return;` +
      `document.querySelectorAll('iframe[data-cited-figures="'+d.chart+'"]').forEach(function(f){if(f.contentWindow===e.source&&new URL(f.src).origin===e.origin)f.style.height=Math.ceil(d.height)+"px"})})</script>`
  ].join('\n');
}

/** The name a chart's download is saved under: `ID-LANG.svg`, `ID-LANG-1920x1080.png`, `ID-LANG.pptx`. */
export function exportFileName(
  id: string,
  lang: 'zh' | 'en',
  ext: 'svg' | 'png' | 'pptx',
  size?: { width: number; height: number }
): string {
  return `${id}-${lang}${size ? `-${size.width}x${size.height}` : ''}.${ext}`;
}

/**
 * A static-image snippet for places that cannot frame (slides, e-mail, newsletters): the chart's 16:9 PNG,
 * made at build time at a stable address (`/charts/ID.png`, `/en/charts/ID.png`), shown at half its size
 * and linked to the chart page, where every mark leads to its quote. The image itself carries the title,
 * legend, notes, source line and the chart's address.
 */
export function imageSnippet(
  id: string,
  lang: 'zh' | 'en',
  title: string,
  source: string,
  site = SITE_URL
): string {
  const abs = (path: string) => (site ? `${site.replace(/\/+$/, '')}${path}` : siteUrl(path));
  const page = abs(langPath(lang, `/charts/${id}`));
  const png = abs(chartImagePath(lang, id, { suffix: '', ext: 'png' }));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<a href="${page}"><img src="${png}" alt="${esc(`${title}${t(lang).punct.period}${source}`)}" width="960" height="540"></a>`;
}
