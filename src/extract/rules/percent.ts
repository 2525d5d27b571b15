import { approxAfter, approxBefore } from '../approx.js';
import { ARABIC_SOURCE, CHINESE_SOURCE, parseArabic, parseChineseNumeral } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

// 占77%, 办结率100%, 100﹪, 其中 47%来自海外 (﹪ and ％ are % after normalisation)
const PERCENT_SIGN = new RegExp(`(?<![\\d.,A-Za-z])(${ARABIC_SOURCE})[ \\t]{0,2}%`, 'g');
// 百分之百, 百分之九十五, 百分之95.5
const PERCENT_WORDS = new RegExp(`百分之(${ARABIC_SOURCE}|${CHINESE_SOURCE})(?:点([零〇○一二三四五六七八九]+))?`, 'g');
// 增长3.5个百分点 — a difference of percentages
const PERCENT_POINTS = new RegExp(`(?<![\\d.,A-Za-z])(${ARABIC_SOURCE})[ \\t]{0,2}个百分点`, 'g');

function withApprox(scan: string, c: Candidate): Candidate {
  const before = approxBefore(scan, c.start);
  if (before) return { ...c, approx: before.approx, start: before.start };
  const after = approxAfter(scan, c.end);
  return after ? { ...c, approx: after.approx, end: after.end } : c;
}

function extractPercents({ scan }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(PERCENT_SIGN)) {
    const start = m.index;
    out.push(withApprox(scan, {
      kind: 'percent', value: parseArabic(m[1]), unit: '%', start, end: start + m[0].length,
      numStart: start, numEnd: start + m[1].length, rule: 'percent.sign',
    }));
  }
  for (const m of scan.matchAll(PERCENT_WORDS)) {
    let value = /^[\d,.]+$/.test(m[1]) ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
    if (value === undefined) continue;
    if (m[2]) value = Number(`${value}.${[...m[2]].map((ch) => parseChineseNumeral(ch) ?? 0).join('')}`); // 九十五点五
    const numStart = m.index + 3;
    out.push(withApprox(scan, {
      kind: 'percent', value, unit: '%', start: m.index, end: m.index + m[0].length,
      numStart, numEnd: m.index + m[0].length, rule: 'percent.words',
    }));
  }
  for (const m of scan.matchAll(PERCENT_POINTS)) {
    const start = m.index;
    out.push(withApprox(scan, {
      kind: 'percent', value: parseArabic(m[1]), unit: '个百分点', start, end: start + m[0].length,
      numStart: start, numEnd: start + m[1].length, rule: 'percent.points',
    }));
  }
  return out;
}

/** Percentages: 77%, 100﹪, 百分之百; and percentage points (3.5个百分点). */
export const percentRule: Rule = { id: 'percent', extract: extractPercents };
