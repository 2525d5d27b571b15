import { approxBefore, approxOf, joinApprox } from '../approx.js';
import { MULTIPLIERS, charTable, integerDigits, matchAt, parseArabic, parseChineseNumeral, scale } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

// After a number: 22.38万元, 9116.36万元, 1.2亿元, 500元, 2万余元, 二十万元 — money (元旦, 元素 are not money)
const MONEY_TAIL = /[ \t]{0,2}(余|多)?[ \t]{0,2}(千万|百万|万亿|万|亿|千)?[ \t]{0,2}(余|多)?[ \t]{0,2}元(?![旦素年宵])/y;
// what MONEY_TAIL starts with: a number followed by anything else is not tried
const TAIL_START = charTable(' \t余多千百万亿元');

// 13575394432.52元 in 019 is two table cells glued together (135 | 75394432.52元): too many digits for yuan
const MAX_YUAN_DIGITS = 11;

const RULE_BY_MULTIPLIER: Record<string, string> = {
  千: 'money.thousand', 万: 'money.wan', 百万: 'money.million', 千万: 'money.tenMillion', 亿: 'money.yi', 万亿: 'money.wanYi',
};

function extractMoney({ scan, numbers }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const run of numbers) {
    if (TAIL_START[scan.charCodeAt(run.end)] !== 1) continue;
    const m = matchAt(MONEY_TAIL, scan, run.end);
    if (!m) continue;
    let value = run.arabic ? parseArabic(run.text) : parseChineseNumeral(run.text);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (run.arabic && integerDigits(run.text) > MAX_YUAN_DIGITS) continue;
    if (!run.arabic && (value === 0 || (run.text.length === 1 && value >= 100))) continue; // 万元户, 百元
    if (m[2]) value = scale(value, MULTIPLIERS[m[2]]);
    const before = approxBefore(scan, run.start);
    const approx = joinApprox(approxOf(m[1] ?? m[3]), before?.approx);
    const c: Candidate = {
      kind: 'money', value, unit: '元',
      start: before ? before.start : run.start, end: run.end + m[0].length, numStart: run.start, numEnd: run.end,
      rule: run.arabic ? (m[2] ? RULE_BY_MULTIPLIER[m[2]] : 'money.yuan') : 'money.chineseNumeral',
    };
    if (approx) c.approx = approx;
    if (!run.arabic) c.chinese = true;
    out.push(c);
  }
  return out;
}

/** Money, value in yuan with the written unit kept in the quote: 22.38万元 → 223800. */
export const moneyRule: Rule = { id: 'money', extract: extractMoney };
