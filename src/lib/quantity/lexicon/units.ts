import type { MentionKind, Unit } from '../../schema/vocab';
import { isAsciiLetter } from './chars';

export interface UnitInfo {
  unit: Unit | null;
  kind: MentionKind;
  /** Multiplier from the written number to the value in `unit` (三成 → ×10 %, 美分 → ×0.01 USD). */
  factor: number;
  /** Generic classifiers (个 家 位 …): a lone 一 before them is an article, not a figure (一个时代). */
  weak: boolean;
  /** Characters that, right after the word, show it is part of another word (元旦, 位于, 成为). */
  notBefore: string;
  /** Units that take a trailing 多 / 半 (一年多, 两倍多, 一年半). */
  duration: boolean;
}

function u(unit: Unit | null, kind: MentionKind, extra: Partial<UnitInfo> = {}): UnitInfo {
  return { unit, kind, factor: 1, weak: false, notBefore: '', duration: false, ...extra };
}

const COUNT = u('count', 'count', { weak: true });
const MEASURE = u(null, 'number');
const OTHER_MONEY = u(null, 'money');
const money = (unit: Unit, factor = 1): UnitInfo => u(unit, 'money', { factor });

/** Currencies written after the amount, by ISO 4217 code (元 / 圆 alone are yuan; 美圆 is the older 美元). */
const CURRENCIES: [string, UnitInfo][] = [
  ['欧元', money('EUR')],
  ['日元', money('JPY')],
  ['日圆', money('JPY')],
  ['英镑', money('GBP')],
  ['瑞士法郎', money('CHF')],
  ['瑞郎', money('CHF')],
  ['新台币', money('TWD')],
  ['台币', money('TWD')],
  ['奈拉', money('NGN')],
  ['韩元', money('KRW')],
  ['韩圆', money('KRW')],
  ['澳元', money('AUD')],
  ['澳币', money('AUD')],
  ['加元', money('CAD')],
  ['加币', money('CAD')],
  ['卢布', money('RUB')],
  ['新加坡元', money('SGD')],
  ['新元', money('SGD')],
  ['新币', money('SGD')],
  ['印度卢比', money('INR')],
  ['美圆', money('USD')],
  ['港圆', money('HKD')],
  ['圆', u('CNY', 'money', { notBefore: '满形桌周心顶珠润梦舞场规明寂球弧柱锥括' })],
  ['角钱', money('CNY', 0.1)],
  ['毛钱', money('CNY', 0.1)],
  ['分钱', money('CNY', 0.01)],
  ...[
    'USD',
    'CNY',
    'RMB',
    'HKD',
    'EUR',
    'JPY',
    'GBP',
    'CHF',
    'TWD',
    'NGN',
    'KRW',
    'AUD',
    'CAD',
    'RUB',
    'SGD',
    'INR'
  ].map((code): [string, UnitInfo] => [code, money(code === 'RMB' ? 'CNY' : (code as Unit))])
];

/**
 * Words that may follow a number, with what they make of it. Currencies other than USD/CNY/HKD and physical
 * measures are recognized (so the span includes them) but carry unit null: the shared vocabulary has no unit
 * for them.
 */
const TABLE: [string, UnitInfo][] = [
  ['%', u('%', 'percent')],
  ['％', u('%', 'percent')],
  // Percentage points (and basis points, a hundredth of one) are differences of shares, not shares.
  ['个百分点', u('pp', 'percent')],
  ['百分点', u('pp', 'percent')],
  ['‰', u('%', 'percent', { factor: 0.1 })],
  ['个基点', u('pp', 'percent', { factor: 0.01 })],
  ['基点', u('pp', 'percent', { factor: 0.01 })],
  [
    '成',
    u('%', 'percent', {
      factor: 10,
      duration: true,
      notBefore: '员本立为功长熟交果绩分品型效就年人群千都像形套批色全真事才团名器语'
    })
  ],
  ['倍', u('x', 'ratio', { duration: true })],
  ['美元', u('USD', 'money')],
  ['美金', u('USD', 'money')],
  ['美分', u('USD', 'money', { factor: 0.01 })],
  ['港元', u('HKD', 'money')],
  ['港币', u('HKD', 'money')],
  ['元人民币', u('CNY', 'money')],
  ['人民币', u('CNY', 'money')],
  ['块钱', u('CNY', 'money')],
  ['元', u('CNY', 'money', { notBefore: '素宇旦件器首老帅朝代气' })],
  ...CURRENCIES,
  ['卢比', OTHER_MONEY],
  // A dozen: 一打 = 12, 半打 = 6; the guard keeps the verb 打 (一打开, 三打白骨精) out.
  [
    '打',
    u('count', 'count', {
      factor: 12,
      notBefore: '开听电扫算击工车印造败破响架卡包折球拼量理扮转断探捞压动出入进下上过着了败白成交'
    })
  ],
  ['个城市', u('cities', 'count')],
  ['座城市', u('cities', 'count')],
  ['城市', u('cities', 'count')],
  ['个项目', u('projects', 'count')],
  ['篇', u('papers', 'count', { weak: true })],
  ['页', u('pages', 'count', { weak: true, notBefore: '面岩' })],
  ['人次', u('count', 'count')],
  ['人口', u('people', 'count')],
  ['股', u('count', 'count', { weak: true, notBefore: '东份票价市权息民本指' })],
  ['个人', u('people', 'count', { weak: true, notBefore: '所账主' })],
  ['人', u('people', 'count', { weak: true, notBefore: '民工类才士员性物格气生群均' })],
  ['名', u('people', 'count', { weak: true, notBefore: '义字称单牌片额次列声誉' })],
  ['位', u('people', 'count', { weak: true, notBefore: '于置居列数次子化' })],
  ['个多月', u('months', 'count')],
  ['个月', u('months', 'count', { duration: true })],
  ['周年', u('years', 'count')],
  ['周岁', u('years', 'count')],
  ['岁', u('years', 'count', { notBefore: '月' })],
  ['年', u('years', 'count', { duration: true, notBefore: '轻级龄薪度会终报鉴货华纪味夜' })],
  ...[
    '家',
    '个',
    '座',
    '所',
    '款',
    '台',
    '辆',
    '架',
    '艘',
    '件',
    '项',
    '部',
    '只',
    '条',
    '批',
    '场',
    '轮',
    '例',
    '笔',
    '头',
    '匹',
    '根',
    '片',
    '粒',
    '瓶',
    '杯',
    '碗',
    '盒',
    '袋',
    '箱',
    '棵',
    '株',
    '朵',
    '幅',
    '首',
    '封',
    '顿',
    '趟',
    '遍',
    '块',
    '双',
    '副',
    '把',
    '桶'
  ].map((w): [string, UnitInfo] => [w, COUNT]),
  ...['份', '颗', '枚', '张', '本', '处', '支', '门', '套', '层', '届', '户', '间', '栋', '所', '次'].map(
    (w): [string, UnitInfo] => [w, COUNT]
  ),
  ...[
    '天',
    '周',
    '星期',
    '小时',
    '分钟',
    '秒钟',
    '吨',
    '千克',
    '公斤',
    '克',
    '平方公里',
    '平方米',
    '公里',
    '千米',
    '斤',
    '公升',
    '毫升',
    '磅',
    '英里',
    '英尺',
    '海里',
    '盎司',
    '加仑'
  ].map((w): [string, UnitInfo] => [w, { ...MEASURE, duration: true, weak: w === '天' || w === '周' }]),
  ...['厘米', '毫米', '纳米', '米', '亩', '公顷', '升', '千瓦时', '千瓦', '兆瓦', '瓦', '摄氏度', '度'].map(
    (w): [string, UnitInfo] => [w, { ...MEASURE, weak: w === '度' }]
  )
];

const GUARDS: Readonly<Record<string, string>> = {
  项: '目',
  天: '然下空津使堂鹅',
  周: '边末围期刊报转',
  次: '日要序数',
  间: '接断隔谍',
  所: '有以谓在得',
  部: '分门署长',
  本: '身土地质来月年周届次国',
  处: '理于在罚',
  门: '户槛口',
  张: '力扬开',
  条: '件例约款',
  场: '景所面合',
  台: '湾风词阶',
  层: '面次级',
  度: '过假',
  米: '兰饭',
  克: '服制隆',
  头: '发条号脑部像衔顶',
  片: '面刻区',
  首: '都先次位选席发批创相届',
  把: '握关手',
  块: '钱',
  双: '方边向重',
  副: '总部业作食',
  封: '面闭锁',
  顿: '时悟',
  根: '本据源深',
  斤: '斤',
  磅: '礴'
};

/** Unit words by first character, longest first, so lookups stay O(1) per position. */
const BY_FIRST = new Map<string, [string, UnitInfo][]>();
for (const [word, info] of TABLE) {
  const withGuard: UnitInfo = GUARDS[word] ? { ...info, notBefore: info.notBefore + GUARDS[word] } : info;
  const list = BY_FIRST.get(word.charAt(0)) ?? [];
  list.push([word, withGuard]);
  BY_FIRST.set(word.charAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

/** The unit word at `j`, if any (guarded against the word continuing into another word). */
export function unitWordAt(s: string, j: number): { word: string; info: UnitInfo } | null {
  const list = BY_FIRST.get(s.charAt(j));
  if (!list) return null;
  for (const [word, info] of list) {
    if (!s.startsWith(word, j)) continue;
    const next = s.charAt(j + word.length);
    if (next !== '' && info.notBefore.includes(next)) continue;
    // ISO codes (EUR, USD) only as whole latin words: not the start of EURO or USDT.
    if (isAsciiLetter(word.charCodeAt(0)) && isAsciiLetter(s.charCodeAt(j + word.length))) continue;
    return { word, info };
  }
  return null;
}
