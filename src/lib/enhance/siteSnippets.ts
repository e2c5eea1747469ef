import { embedSnippet, imageSnippet } from '../export/embedSnippet';
import { sitePath } from '../site';

/**
 * Built without a public URL, the snippets can only name the site's address once a reader has it open (at
 * a public host; a loopback address works on this computer only, so there they stay relative): rewritten
 * by the same functions that wrote them, with the address the page is read at.
 */
export function siteSnippets(section: HTMLElement): void {
  const id = section.dataset.chart ?? '';
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const here = `${location.origin}${sitePath('/')}`;
  const embed = section.querySelector<HTMLTextAreaElement>('textarea[data-snippet="embed"]');
  const image = section.querySelector<HTMLTextAreaElement>('textarea[data-snippet="image"]');
  if (embed) embed.value = embedSnippet(id, lang, embed.dataset.title ?? '', here);
  if (image)
    image.value = imageSnippet(id, lang, image.dataset.title ?? '', image.dataset.source ?? '', here);
}
