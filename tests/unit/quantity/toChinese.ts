/** A test-side formatter of Chinese numerals, independent of the parser it checks. */

export const DIGITS = '零一二三四五六七八九';
export const FINANCIAL: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟'
};

/** 0 < n < 10000 as a four-digit section, with 零 for skipped places (一千零五, 三百零八). */
function section(n: number, leading: boolean): string {
  const units = ['千', '百', '十', ''];
  const ds = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  let started = false;
  for (let k = 0; k < 4; k++) {
    const d = Number(ds[k]);
    if (d === 0) {
      zero = started;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十五 at the very start of a number, 一十五 inside one (三百一十五, 十万零一十五).
    if (!(leading && !started && k === 2 && d === 1)) out += DIGITS[d];
    out += units[k];
    started = true;
  }
  return out;
}

/** The standard Chinese spelling of an integer 0 ≤ n ≤ 10^12 (a test-side formatter, independent of the parser). */
export function toChinese(n: number): string {
  if (n === 0) return '零';
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, '']
  ];
  let out = '';
  let needZero = false;
  for (const [g, unit] of groups) {
    if (g === 0) {
      needZero = out !== '';
      continue;
    }
    if (out !== '' && (needZero || g < 1000)) out += '零';
    // The 亿 group can exceed 9999 (一万亿 = 10^12): spell it as a number of its own.
    out += (g >= 1e4 ? toChinese(g) : section(g, out === '')) + unit;
    needZero = false;
  }
  return out;
}

/** Writers' variants: 两 for 二 before a unit, financial capitals. */
export function variant(s: string, style: number): string {
  if (style === 1) return s.replace(/二(?=[千百万亿])/g, '两');
  if (style === 2) return [...s].map((c) => FINANCIAL[c] ?? c).join('');
  return s;
}
