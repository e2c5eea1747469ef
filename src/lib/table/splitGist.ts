/**
 * A note's first sentence and the rest: the first sentence says what was (not) found and is shown; the
 * search details that follow open on demand, so a list of notes stays scannable on a phone.
 * Splits after the first full stop: 。, or ". " before a capital, a quote or CJK (not before a digit, as in
 * "e.g. 1.5"). A note of one sentence comes back whole with an empty rest.
 */
export function splitGist(text: string): [string, string] {
  const m = /^(.+?(?:。|\.(?=\s+["“‘(A-Z\u4e00-\u9fff])))\s*(\S[\s\S]*)$/u.exec(text.trim());
  return m ? [m[1] ?? text, m[2] ?? ''] : [text.trim(), ''];
}
