/**
 * Four-character idioms whose numerals are not figures (三番五次 is not "5 times", 一成不变 not "10 %").
 * Only idioms the recognizer would otherwise misread need to be here.
 */
const IDIOMS = new Set(
  (
    '三番五次 一年半载 三年五载 一五一十 三三两两 七上八下 乱七八糟 五花八门 四面八方 千方百计 千篇一律 万无一失 ' +
    '一成不变 九牛一毛 十全十美 一清二楚 独一无二 接二连三 一干二净 七嘴八舌 千军万马 千千万万 万水千山 三足鼎立 ' +
    '一举两得 两全其美 半信半疑 一知半解 事半功倍 百年不遇 百年大计 千载难逢 一石二鸟 三心二意 一心一意 十拿九稳 ' +
    '九死一生 百里挑一 一落千丈 一日千里 一本万利 千钧一发 万众一心 三令五申 五湖四海 四分五裂 五颜六色 七零八落 ' +
    '三五成群 一刀两断 两面三刀 三言两语 三长两短 丢三落四 颠三倒四 说三道四 低三下四 朝三暮四 不三不四 三头六臂 ' +
    '一年四季 一览无余 一分为二 一点一滴 一生一世 一朝一夕 一来二去 数以万计 数以千计 数以百计 数以亿计 数以十万计 数以百万计 以一当十 千差万别 ' +
    '千变万化 千辛万苦 千真万确 千丝万缕 千头万绪 万紫千红 一箭双雕 百折不挠 百战百胜 百发百中 十万火急 百万雄师 ' +
    '三十而立 四十不惑 五十而知 六十耳顺 八九不离 十之八九 成百上千 一二三四 半斤八两 一年一度 一天到晚 ' +
    '三天两头 三天打鱼 两天晒网 一时半会 一星半点 一鳞半爪 伤敌一千 自损八百 总有一天 有朝一日'
  ).split(' ')
);

/** For each character, the idioms containing it and where: lookups allocate nothing. */
const BY_CHAR = new Map<string, [string, number][]>();
for (const idiom of IDIOMS) {
  for (let k = 0; k < idiom.length; k++) {
    const list = BY_CHAR.get(idiom.charAt(k)) ?? [];
    list.push([idiom, k]);
    BY_CHAR.set(idiom.charAt(k), list);
  }
}

/** If `i` lies inside an idiom, the offset just after it; else -1. */
export function idiomEnd(s: string, i: number): number {
  const list = BY_CHAR.get(s.charAt(i));
  if (!list) return -1;
  for (const [idiom, k] of list) if (i >= k && s.startsWith(idiom, i - k)) return i - k + idiom.length;
  return -1;
}
