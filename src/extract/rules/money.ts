import { approxBefore, approxOf } from '../approx.js';
import { ARABIC_SOURCE, CHINESE_SOURCE, MULTIPLIERS, parseArabic, parseChineseNumeral, scale } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

// 22.38万元, 9116.36万元, 1.2亿元, 500元, 2万余元, 二十万元 — money, normalised to yuan (元旦, 元素 are not money)
const MONEY = new RegExp(
  `(?:(?<![\\d.,A-Za-z])(${ARABIC_SOURCE})|(?<![零〇○一二两三四五六七八九十百千万亿])(${CHINESE_SOURCE}))` +
    `[ \\t]{0,2}(余|多)?[ \\t]{0,2}(千万|百万|万亿|万|亿|千)?[ \\t]{0,2}(余|多)?[ \\t]{0,2}元(?![旦素年宵])`,
  'g',
);

// 13575394432.52元 in 019 is two table cells glued together (135 | 75394432.52元): too many digits for yuan
const MAX_YUAN_DIGITS = 11;

const RULE_BY_MULTIPLIER: Record<string, string> = {
  千: 'money.thousand', 万: 'money.wan', 百万: 'money.million', 千万: 'money.tenMillion', 亿: 'money.yi', 万亿: 'money.wanYi',
};

function extractMoney({ scan }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(MONEY)) {
    const arabic = m[1];
    const numeral = arabic ?? m[2];
    let value = arabic !== undefined ? parseArabic(arabic) : parseChineseNumeral(numeral);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (arabic !== undefined && arabic.replace(/[,.].*$/, '').replace(/,/g, '').length > MAX_YUAN_DIGITS) continue;
    if (arabic === undefined && (value === 0 || numeral.length === 1 && value >= 100)) continue; // 万元户, 百元
    if (m[4]) value = scale(value, MULTIPLIERS[m[4]]);
    const numStart = m.index;
    const before = approxBefore(scan, numStart);
    const approx = approxOf(m[3] ?? m[5]) ?? before?.approx;
    out.push({
      kind: 'money', value, unit: '元', ...(approx ? { approx } : {}),
      start: !approxOf(m[3] ?? m[5]) && before ? before.start : numStart, end: numStart + m[0].length,
      numStart, numEnd: numStart + numeral.length,
      rule: arabic === undefined ? 'money.chineseNumeral' : m[4] ? RULE_BY_MULTIPLIER[m[4]] : 'money.yuan',
      ...(arabic === undefined ? { chinese: true } : {}),
    });
  }
  return out;
}

/** Money, value in yuan with the written unit kept in the quote: 22.38万元 → 223800. */
export const moneyRule: Rule = { id: 'money', extract: extractMoney };
