import type { MappedText } from './mappedText';

/**
 * Removes pinyin annotations such as `發(fā)現(xiàn)` → `發現`: a parenthesis (ASCII or full-width) right after a
 * Han character, holding 1–7 lowercase latin letters that spell one pinyin syllable. Toneless syllables (`(de)`)
 * are only stripped when the text also carries toned ones, so that ordinary asides like `(an)` in an unannotated
 * article survive; upper-case or digit content (`(DGL)`, `(09988`, `(10到100倍)`) never matches.
 */
export function stripPinyin(raw: string): MappedText {
  const found = findAnnotations(raw);
  const starts = new Int32Array(raw.length);
  const chunks: string[] = [];
  let n = 0;
  let from = 0;
  for (const [start, end] of found) {
    chunks.push(raw.slice(from, start));
    for (let i = from; i < start; i++) starts[n++] = i;
    from = end;
  }
  chunks.push(raw.slice(from));
  for (let i = from; i < raw.length; i++) starts[n++] = i;
  const kept = n === raw.length ? starts : starts.slice(0, n);
  return { text: found.length ? chunks.join('') : raw, starts: kept, ends: kept.map((v) => v + 1) };
}

/** [start, end) of every annotation to strip, in order. Jumps from parenthesis to parenthesis with indexOf. */
function findAnnotations(raw: string): [number, number][] {
  const found: [number, number, boolean][] = [];
  let anyToned = false;
  let ascii = raw.indexOf('(', 1);
  let wide = raw.indexOf('（', 1);
  while (ascii >= 0 || wide >= 0) {
    const i = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    let next = i + 1;
    const close = isHanBefore(raw, i) ? annotationEnd(raw, i) : -1;
    if (close >= 0) {
      const letters = raw.slice(i + 1, close);
      const base = toneless(letters);
      if (SYLLABLE.test(base)) {
        const toned = base !== letters.replace(/ü/g, 'v');
        anyToned ||= toned;
        found.push([i, close + 1, toned]);
        next = close + 1;
      }
    }
    if (ascii >= 0 && ascii < next) ascii = raw.indexOf('(', next);
    if (wide >= 0 && wide < next) wide = raw.indexOf('（', next);
  }
  return found.filter(([, , toned]) => toned || anyToned).map(([a, b]) => [a, b]);
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿê';
const PLAIN = 'aaaaeeeeiiiioooouuuuvvvvvnnnme';

/** A permissive pinyin syllable shape (initial + final), tone marks already removed and ü written v. */
const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|ai|an|ang|ao|e|ei|en|eng|er|o|ong|ou|i|ia|ian|iang|iao|ie|in|ing|iong|iu|u|ua|uai|uan|uang|ue|ui|un|uo|v|van|ve|vn)|m|n|ng|hm|hng)$/;

function toneless(s: string): string {
  let out = '';
  for (const ch of s) {
    const k = TONED.indexOf(ch);
    out += k >= 0 ? PLAIN[k] : ch;
  }
  return out;
}

/** Index of the closing parenthesis when raw[open+1..] is 1–7 pinyin letters, else -1. */
function annotationEnd(raw: string, open: number): number {
  for (let j = open + 1; j < raw.length && j <= open + 8; j++) {
    const c = raw.charCodeAt(j);
    if (c === 0x29 || c === 0xff09) return j > open + 1 ? j : -1;
    const isLower = c >= 0x61 && c <= 0x7a;
    if (!isLower && !TONED.includes(raw.charAt(j))) return -1;
  }
  return -1;
}

/** Whether the code point ending just before `i` is a Han ideograph (BMP blocks or the astral extensions). */
export function isHanBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    return hi >= 0xd840 && hi <= 0xd888;
  }
  return isHanCode(c);
}

export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007
  );
}
