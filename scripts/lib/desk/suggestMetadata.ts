/**
 * Article metadata read from the text itself, never guessed: each field says where in the text it was read
 * (line and the words), and a field the text does not state is left out so the desk leaves it empty.
 */
export type ReadField = { value: string; line: number; from: string };
export type MetadataSuggestion = Partial<
  Record<'title' | 'outlet' | 'platform' | 'published' | 'url', ReadField>
>;

/** Footer words that name where an article was published, with the outlet they name. */
const OUTLETS: [RegExp, string][] = [
  [/网易号/, '网易号'],
  [/网易/, '网易'],
  [/搜狐号?/, '搜狐'],
  [/36氪|36Kr/i, '36氪'],
  [/澎湃新闻|澎湃/, '澎湃新闻'],
  [/今日头条|头条号/, '今日头条'],
  [/百家号/, '百家号'],
  [/腾讯新闻/, '腾讯新闻'],
  [/新浪财经|新浪/, '新浪'],
  [/界面新闻/, '界面新闻'],
  [/财新/, '财新'],
  [/第一财经/, '第一财经'],
  [/雷峰网/, '雷峰网'],
  [/虎嗅/, '虎嗅'],
  [/钛媒体/, '钛媒体'],
  [/微信公众号[“"「]?([^”"」\s，。]+)/, '']
];

/** Lines that read like a footer or byline: where an outlet is named, not a passing mention in the body. */
const FOOTER = /来源|来自|出处|发布于|本文|原文|转载|作者|编辑|责任编辑|首发|公众号|^\s*[—-]|声明/;

const DATE = /(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;

export function suggestMetadata(text: string): MetadataSuggestion {
  const lines = text.split('\n');
  const out: MetadataSuggestion = {};
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const head = (lines[first] ?? '').trim();
    // A headline is one short line without a full stop; a first paragraph is not a title.
    if (head.length <= 80 && !/[。！？]$/.test(head))
      out.title = { value: head, line: first + 1, from: head };
  }
  // The footer is read bottom-up: the last lines of an article are where platforms print their name.
  const tail = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '');
  const footer = tail.slice(-6).reverse();
  for (const { l, i } of footer) {
    if (!out.url) {
      const u = /https?:\/\/[^\s"'<>，。）)]+/.exec(l);
      if (u) out.url = { value: u[0], line: i + 1, from: u[0] };
    }
    if (!out.outlet && FOOTER.test(l)) {
      for (const [re, name] of OUTLETS) {
        const m = re.exec(l);
        if (!m) continue;
        const value = name || (m[1] ?? '');
        if (value) out.outlet = { value, line: i + 1, from: m[0] };
        break;
      }
    }
  }
  // A printed date: in the first lines (a dateline) or the footer, never one from the body's reporting.
  const places = [...tail.slice(0, 3), ...footer];
  for (const { l, i } of places) {
    const m = DATE.exec(l);
    if (!m) continue;
    const [y, mo, d] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const when = new Date(`${iso}T00:00:00Z`);
    if (mo >= 1 && mo <= 12 && when.getUTCDate() === d) {
      out.published = { value: iso, line: i + 1, from: m[0] };
      break;
    }
  }
  return out;
}
