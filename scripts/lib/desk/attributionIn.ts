/**
 * Who the article says a figure comes from, read from its sentence: 据X(显示|统计|报道), X数据显示, X表示,
 * 根据X(的)?(数据|报告). Only words of the text are returned; no source is ever inferred.
 */
const PATTERNS: RegExp[] = [
  /根据([^，。；、\s]{2,24})(?:数据|报告|统计|调查|研究|测算)/,
  /(?<![数根依证])据([^，。；、\s]{2,24}?)(?:最新)?(?:数据|统计|报告|报道|测算|调查)?(?:显示|称|统计|报道|透露|测算|，)/,
  /([^，。；、\s“”]{2,24}?)(?:最新|发布的|公布的)?(?:数据|报告)(?:显示|指出|称)/,
  /([^，。；、\s“”]{2,16}?)(?:表示|指出|透露|称|认为)/
];

export function attributionIn(sentence: string): string[] {
  const out: string[] = [];
  for (const re of PATTERNS) {
    const m = re.exec(sentence);
    const who = m?.[1]?.replace(/^(?:据|根据|而|另据|此外|同时)/, '').replace(/(?:的|最新|发布)$/, '');
    if (who && !out.includes(who)) out.push(who);
  }
  return out;
}
