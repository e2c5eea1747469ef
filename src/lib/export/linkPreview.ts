import type { Lang } from '../schema';
import { publicUrl } from '../site';
import { t } from '../i18n';

/** What a page declares for link previews (Open Graph, Twitter cards): every address absolute. */
export type LinkPreview = {
  url: string;
  title: string;
  description: string;
  siteName: string;
  locale: string;
  image: { url: string; width: number; height: number; alt: string } | null;
};

/**
 * A page's link preview, or null when the site has no public address: a preview needs absolute addresses
 * (a chat app or a CMS fetches them from elsewhere), and a loopback or relative one would be worse than
 * none. `path` and `image.path` are site paths before the base path (`/en/charts/ID`).
 */
export function linkPreview(o: {
  lang: Lang;
  path: string;
  title: string;
  description: string;
  siteName: string;
  image: { path: string; width: number; height: number; alt: string } | null;
}): LinkPreview | null {
  const url = publicUrl(o.path);
  if (!url) return null;
  const i = o.image;
  return {
    url,
    title: o.title,
    description: o.description,
    siteName: o.siteName,
    locale: t(o.lang).locale.og,
    image: i ? { url: publicUrl(i.path), width: i.width, height: i.height, alt: i.alt } : null
  };
}
