import { langPath } from '../i18n';
import { SITE_URL, siteUrl } from '../site';

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
 * A static-image snippet for places that cannot frame (slides, e-mail). The site has no prerendered PNG to
 * point at (it would need a browser at build time), so the snippet says what to do: download the 16:9 PNG
 * from the chart page, put it beside the page that shows it, and keep the link to the chart page, where every
 * mark leads to its quote.
 */
export function imageSnippet(
  id: string,
  lang: 'zh' | 'en',
  title: string,
  source: string,
  site = SITE_URL
): string {
  const path = langPath(lang, `/charts/${id}`);
  const page = site ? `${site.replace(/\/+$/, '')}${path}` : siteUrl(path);
  const file = exportFileName(id, lang, 'png', { width: 1920, height: 1080 });
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const note =
    lang === 'en'
      ? `Download the 16:9 PNG from ${page} and upload it next to this page as ${file}; keep the link to the chart page.`
      : `从 ${page} 下载16:9 PNG，以 ${file} 为名上传到本页旁边；保留指向图表页的链接。`;
  return [
    `<!-- ${note.replace(/--/g, '- -')} -->`,
    `<a href="${page}"><img src="${file}" alt="${esc(`${title}. ${source}`)}" width="960" height="540"></a>`
  ].join('\n');
}
