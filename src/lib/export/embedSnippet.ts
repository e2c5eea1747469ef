import { siteUrl } from '../site';

/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'cited-figures:height';

/**
 * The copyable iframe snippet for a chart: the frame, plus a few lines that resize it to the height the
 * embed reports (postMessage), accepting messages only from this site's origin and only for its own frame.
 */
export function embedSnippet(id: string, lang: 'zh' | 'en', title: string): string {
  const src = siteUrl(`${lang === 'en' ? '/en' : ''}/embed/${id}`);
  const origin = new URL(src).origin;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${src}" title="${esc(title)}" data-cited-figures="${id}" style="width:100%;border:0" height="560" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${HEIGHT_MESSAGE}")return;` +
      `document.querySelectorAll('iframe[data-cited-figures="'+e.data.chart+'"]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`
  ].join('\n');
}

/** A static-image snippet for places that cannot frame (slides, e-mail): the PNG linking to the chart page. */
export function imageSnippet(id: string, lang: 'zh' | 'en', title: string, source: string): string {
  const page = siteUrl(`${lang === 'en' ? '/en' : ''}/charts/${id}`);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<a href="${page}"><img src="${siteUrl(`/charts/${id}-${lang}.png`)}" alt="${esc(`${title}. ${source}`)}" width="960"></a>`;
}
