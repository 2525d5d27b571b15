import { approxAfter, approxBefore, joinApprox } from '../approx.js';
import { ARABIC_SOURCE, CHINESE_SOURCE, charTable, matchAt, parseArabic, parseChineseNumeral } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';
import { execAll } from '../../input/execAll.js';
import { matchAllBeforeSpaces, offsetsOf } from '../matchNear.js';

// After a number: 占77%, 办结率100%, 100﹪, 其中 47%来自海外 (﹪ and ％ are % after normalisation)
const PERCENT_TAIL = /[ \t]{0,2}%/y;
// After a number: 增长3.5个百分点 — a difference of percentages
const POINTS_TAIL = /[ \t]{0,2}个百分点/y;
// what the two tails start with: a number followed by anything else is not tried
const TAIL_START = charTable(' \t%个');
// 百分之百, 百分之九十五, 百分之95.5, 百分之九十五点五
const PERCENT_WORDS = new RegExp(`百分之(${ARABIC_SOURCE}|${CHINESE_SOURCE})(?:点([零〇○一二三四五六七八九]+))?`, 'g');

// 占比超八成 / 近九成 / 达七成以上 — tenths (N成 = N×10 %), read only after a word that introduces a share or an
// approximation, and not inside a word (一成不变, 九成新); the leading lookahead (implied by the match) is a cheap
// first test, so the lookbehind runs only before a digit; a match is a digit, spaces or tabs, 成: it is tried only at the
// digit before each 成 (matchAllBeforeSpaces)
const TENTHS = /(?=[二三四五六七八九1-9])(?<=(?:占比?|达到?|为|约|超过?|逾|近|将近|接近|不足|不到|突破)[ \t]*)([二三四五六七八九]|[1-9])[ \t]*成(?=以上|左右|多|余|的|[^\u4e00-\u9fa5]|$)/g;
const TENTH_DIGITS = '一二三四五六七八九';

/** `c` (a new candidate, changed in place) with the approximation word before or after it. */
function withApprox(scan: string, c: Candidate): Candidate {
  const before = approxBefore(scan, c.start);
  const after = approxAfter(scan, c.end);
  const approx = joinApprox(before?.approx, after?.approx);
  if (approx) c.approx = approx;
  if (before) c.start = before.start;
  if (after) c.end = after.end;
  return c;
}

function extractPercents({ scan, numbers, marks }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const run of numbers) {
    if (!run.arabic || TAIL_START[scan.charCodeAt(run.end)] !== 1) continue;
    const sign = matchAt(PERCENT_TAIL, scan, run.end);
    const points = sign ? null : matchAt(POINTS_TAIL, scan, run.end);
    const tail = sign ?? points;
    const value = parseArabic(run.text);
    if (!tail || !Number.isFinite(value)) continue; // '9'.repeat(400) + '%' is Infinity, not a figure
    out.push(withApprox(scan, {
      kind: 'percent', value, unit: sign ? '%' : '个百分点', start: run.start,
      end: run.end + tail[0].length, numStart: run.start, numEnd: run.end, rule: sign ? 'percent.sign' : 'percent.points',
    }));
  }
  for (const m of execAll(PERCENT_WORDS, scan)) {
    let value = /^[\d,.]+$/.test(m[1]) ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
    if (value === undefined) continue;
    if (m[2]) value = Number(`${value}.${[...m[2]].map((ch) => parseChineseNumeral(ch) ?? 0).join('')}`); // 九十五点五
    out.push(withApprox(scan, {
      kind: 'percent', value, unit: '%', start: m.index, end: m.index + m[0].length,
      numStart: m.index + 3, numEnd: m.index + m[0].length, rule: 'percent.words',
    }));
  }
  for (const m of matchAllBeforeSpaces(scan, TENTHS, offsetsOf(scan, marks, '成'), 1)) {
    const digit = /\d/.test(m[1]) ? Number(m[1]) : TENTH_DIGITS.indexOf(m[1]) + 1;
    out.push(withApprox(scan, {
      kind: 'percent', value: digit * 10, unit: '%', start: m.index, end: m.index + m[0].length,
      numStart: m.index, numEnd: m.index + m[1].length, rule: 'percent.tenths',
    }));
  }
  return out;
}

/** Percentages: 77%, 100﹪, 百分之百, 超八成; and percentage points (3.5个百分点). */
export const percentRule: Rule = { id: 'percent', marks: '成', extract: extractPercents };
