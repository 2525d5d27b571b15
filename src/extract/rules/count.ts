import { approxAfter, approxBefore, approxOf } from '../approx.js';
import { MEASURE_WORD_SOURCE } from '../measureWords.js';
import { SLOGAN_FOLLOWERS } from '../nonMeasurements.js';
import {
  ARABIC_SOURCE, CHINESE_SOURCE, MULTIPLIERS, isPositionalChinese, parseArabic, parseChineseNumeral, scale,
} from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

// The number alone, Arabic or Chinese; each with a look-behind that keeps a run of digits from matching at every
// position inside it (linear time on '1'.repeat(1e5)).
const NUMBER = `(?<![\\d.,A-Za-z])(${ARABIC_SOURCE})|(?<![零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])(${CHINESE_SOURCE})`;

// 42条, 475次, 两次, 80余份, 170多件, 14万人次, 近 45.9 万人, 主动公开市政府规章 22 件 — a number and its measure word
const COUNT = new RegExp(
  `(?:${NUMBER})[ \\t]{0,2}(余|多)?[ \\t]{0,2}(万|亿)?(余|多)?[ \\t]{0,2}(${MEASURE_WORD_SOURCE})`,
  'g',
);

// 总浏览量为 536 万；粉丝突破 300 万 — a number of ten-thousands with no measure word after it
const BARE_TEN_THOUSAND = new RegExp(`(?<![\\d.,A-Za-z])(${ARABIC_SOURCE})[ \\t]{0,2}(万|亿)(?=[\\s,，。;；:：)）、]|$)`, 'g');

// Chinese numerals that are a word, not a number: 零件, 百家, 千家万户, 万人
const NOT_A_CHINESE_COUNT = new Set(['零', '〇', '○', '百', '千', '万', '亿', '佰', '仟']);
// 数百个, 几十项, 上百家, 成千 — vague amounts
const VAGUE_BEFORE = /[数几上成好]$/;
// 一是, 第一, (一), 1. — the first item of a list the sentence announces
const ENUMERATION_FOLLOWS = /[:：。]\s*(?:一是|其一|第一|首先|[(]一[)]|1[.、])/;
const ENUMERATION_WINDOW = 40;
// a run of more digits than any count in a report: cells of a flattened table glued together (713000074…)
const MAX_COUNT_DIGITS = 9;

/** Whether a Chinese-numeral count reads as a count: not an article (一项重要工作), a slogan (四个明确) or vague (数百个). */
function isChineseCount(scan: string, numeral: string, value: number, numStart: number, end: number): boolean {
  if (value <= 1 || NOT_A_CHINESE_COUNT.has(numeral) || isPositionalChinese(numeral)) return false;
  if (VAGUE_BEFORE.test(scan.slice(Math.max(0, numStart - 1), numStart))) return false;
  const after = scan.slice(end, end + 2);
  if (SLOGAN_FOLLOWERS.some((w) => after.startsWith(w))) return false;
  // 重点做好了三项信息的公开工作。一是… — the report announces its own list: structure, not a count
  return !ENUMERATION_FOLLOWS.test(scan.slice(end, end + ENUMERATION_WINDOW));
}

function extractCounts({ scan }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan.matchAll(COUNT)) {
    const arabic = m[1];
    const numeral = arabic ?? m[2];
    const numStart = m.index;
    const numEnd = numStart + numeral.length;
    let end = numStart + m[0].length;
    let value = arabic !== undefined ? parseArabic(arabic) : parseChineseNumeral(numeral);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (arabic !== undefined && arabic.replace(/[,.].*$/, '').replace(/,/g, '').length > MAX_COUNT_DIGITS) continue;
    if (arabic === undefined && !isChineseCount(scan, numeral, value, numStart, end)) continue;
    if (m[4]) value = scale(value, MULTIPLIERS[m[4]]);
    let approx = approxOf(m[3] ?? m[5]);
    let start = numStart;
    const before = approxBefore(scan, numStart);
    if (!approx && before) ({ approx, start } = { approx: before.approx, start: before.start });
    const after = approxAfter(scan, end);
    if (!approx && after) ({ approx, end } = { approx: after.approx, end: after.end });
    out.push({
      kind: 'count', value, unit: m[6], ...(approx ? { approx } : {}), start, end, numStart, numEnd,
      rule: m[4] ? 'count.tenThousands' : arabic !== undefined ? 'count.measureWord' : 'count.chineseNumeral',
      ...(arabic === undefined ? { chinese: true } : {}),
    });
  }
  for (const m of scan.matchAll(BARE_TEN_THOUSAND)) {
    const numStart = m.index;
    let start = numStart;
    const before = approxBefore(scan, numStart);
    if (before) start = before.start;
    out.push({
      kind: 'count', value: scale(parseArabic(m[1]), MULTIPLIERS[m[2]]), ...(before ? { approx: before.approx } : {}),
      start, end: numStart + m[0].length, numStart, numEnd: numStart + m[1].length, rule: 'count.bareTenThousands',
    });
  }
  return out;
}

/** Counts with a measure word: 42条, 两次, 80余份, 14万人次; and bare ten-thousands (536 万). */
export const countRule: Rule = { id: 'count', extract: extractCounts };
