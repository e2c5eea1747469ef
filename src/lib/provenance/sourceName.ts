import type { Lang } from '../schema';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/u;

/**
 * Attributions the data states in English words rather than as a name ("early reports (unnamed)"), with
 * their Chinese rendering: a zh source line carries no English. Names (IDC, Digital Science) stay names.
 */
const GENERIC_ZH: Readonly<Record<string, string>> = {
  'early reports (unnamed)': '早期报道（未具名）'
};

/**
 * How an `attributed_to` value is named in a language. The data writes bilingual names as
 * "天眼查 (Tianyancha)": English pages keep both, Chinese pages keep the Chinese part. A Latin-script name
 * stays as written, with full-width brackets on a Chinese page.
 */
export function sourceName(attributedTo: string, lang: Lang): string {
  const name = attributedTo.trim();
  if (lang === 'en') return name;
  const generic = GENERIC_ZH[name];
  if (generic) return generic;
  const bilingual = /^(.*?)\s*\(([^()]*)\)$/u.exec(name);
  if (bilingual?.[1] && CJK.test(bilingual[1])) return bilingual[1];
  return name.replace(/\s*\(/g, '（').replace(/\)/g, '）');
}
