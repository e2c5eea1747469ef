import type { Lang } from '../schema';
import { BASE_PATH, sitePath } from '../site';
import { strings, type Strings } from './strings';

/** The BCP 47 tag for a page language: Chinese pages are in simplified script. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}

/** UI strings for a language. */
export function t(lang: Lang): Strings {
  return strings[lang];
}

/**
 * Chinese lives at the root, English under /en, so a link or an embed can pin its language; both under the
 * base path the site is published at (sitePath).
 */
export function localHref(lang: Lang, path: string): string {
  return sitePath(langPath(lang, path));
}

/** A path in a language, without the base path: /figures/x → /en/figures/x (for siteUrl). */
export function langPath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (lang === 'zh') return clean;
  return clean === '/' ? '/en' : `/en${clean}`;
}

/** The same page in the other language; `pathname` as the browser has it, base path included. */
export function switchLang(pathname: string): { lang: Lang; href: string } {
  const inBase = BASE_PATH !== '' && (pathname === BASE_PATH || pathname.startsWith(`${BASE_PATH}/`));
  const path = (inBase ? pathname.slice(BASE_PATH.length) : pathname) || '/';
  const isEn = path === '/en' || path.startsWith('/en/');
  const bare = isEn ? path.slice(3) || '/' : path;
  return isEn ? { lang: 'zh', href: localHref('zh', bare) } : { lang: 'en', href: localHref('en', bare) };
}

/** Reads the language from a route's optional [[lang]] parameter. */
export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'zh';
}

/** Picks the zh or en member of a pair of fields, e.g. pick(f, 'subject', 'en') → f.subject_en. */
export function pick<K extends string>(
  row: Record<`${K}_zh` | `${K}_en`, string>,
  key: K,
  lang: Lang
): string {
  return lang === 'zh' ? row[`${key}_zh`] : row[`${key}_en`];
}
