import { approxAfter, approxBefore, approxOf, joinApprox } from '../approx.js';
import { MEASURE_WORDS, MEASURE_WORD_SOURCE } from '../measureWords.js';
import { SLOGAN_FOLLOWERS } from '../nonMeasurements.js';
import { MULTIPLIERS, charTable, integerDigits, isPositionalChinese, matchAt, parseArabic, parseChineseNumeral, scale } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';

// After a number: 42条, 475次, 两次, 80余份, 170多件, 14万人次, 近 45.9 万人, 主动公开市政府规章 22 件 — its measure word
const COUNT_TAIL = new RegExp(`[ \\t]{0,2}(余|多)?[ \\t]{0,2}(万|亿)?(余|多)?[ \\t]{0,2}(${MEASURE_WORD_SOURCE})`, 'y');
// 原创文章 294\n篇 / 不予公开答复 2\n件 — a PDF line break between a number and its measure word; only when the measure
// word then ends the phrase (件\n, 篇，), so that a number at a line end is not glued to the next line's first word;
// the groups are COUNT_TAIL's, the break before any of them: 宣传资料近10多万\n份。 / 近10\n多万份。 / 近10多\n万份。
// (wild 004, burned, at a 30-character margin; not 10\n多项措施, whose word does not end the phrase; the lookahead
// at the start asks for a break within the tail, so that a tail with no break stays COUNT_TAIL's)
// (or opens a bracket: 预决算公开197\n条（政府预决算32条…, 办结 1191 \n件（含上年结转 189 件） — corpus 019, 034 as PDF text)
const BR = '(?:[ \\t]*\\r?\\n[ \\t]*)?';
const BROKEN_COUNT_TAIL = new RegExp(
  `(?=[ \\t余多万亿]{0,8}\\r?\\n)[ \\t]*${BR}(余|多)?${BR}(万|亿)?(余|多)?${BR}(${MEASURE_WORD_SOURCE})(?=[\\s,，。;；、:：)）(（]|$)`,
  'y',
);
// 访问量达162103人\n次。 — a PDF line break inside a measure word: the longer word (人次, 场次, 大类) wins
const MEASURE_WORD_SET = new Set(MEASURE_WORDS.map((m) => m.word));
// (only when the word then ends the phrase: 3场\n次日召开 is 3 场 and then 次日)
const BROKEN_WORD_REST = /[ \t]*\r?\n[ \t]*([\u4e00-\u9fa5])(?=[\s,，。;；、:：)）(（]|$)/y;

/** The measure word completed across a line break (人 + \n次 → 人次), with where it ends; else undefined. */
function completedAcrossBreak(scan: string, unit: string, end: number): { unit: string; end: number } | undefined {
  const rest = matchAt(BROKEN_WORD_REST, scan, end);
  return rest && MEASURE_WORD_SET.has(unit + rest[1]) ? { unit: unit + rest[1], end: end + rest[0].length } : undefined;
}

// After a number: 总浏览量为 536 万；粉丝突破 300 万 — ten-thousands with no measure word after (粉丝突破 300 万. where a
// page store writes 。 half-width)
const BARE_TEN_THOUSAND_TAIL = /[ \t]{0,2}(万|亿)(?=[\s,，。;；:：)）、!?！？]|\.(?!\d)|$)/y;

// Chinese numerals that are a word, not a number: 零件, 百家, 千家万户, 万人
const NOT_A_CHINESE_COUNT = new Set(['零', '〇', '○', '百', '千', '万', '亿', '佰', '仟']);
// 近千条, 逾百件, 近万人, 超百万, 千余份 — a round number in one character, read only with a word of approximation
const ROUND_NUMBERS: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
// 数百个, 几十项, 上百家, 成千 — vague amounts
const VAGUE_BEFORE = new Set(['数', '几', '上', '成', '好']);
// 一是, 第一, (一), 1. — the first item of a list the sentence announces
// (a half-width . ends the sentence too where a page store writes 。 so: 重点做好了三项信息的公开工作.一是… — seed 篇6
// in the half-width variant; not the . of a number)
const ENUMERATION_FOLLOWS = /(?:[:：。]|(?<!\d)\.(?!\d))\s*(?:一是|其一|第一|首先|[(]一[)]|1[.、])/;
const ANNOUNCED_LIST = /^[^。;；\n]*[:：]\s*(?:一是|其一|第一|首先|[(]一[)]|1[.、])/;
const ENUMERATION_WINDOW = 40;
// the measure words a report counts its own points with (三项工作, 五个方面)
const LIST_UNITS = new Set(['项', '个', '条']);
// a run of more digits than any count in a report: cells of a flattened table glued together (713000074…)
const MAX_COUNT_DIGITS = 9;

// what each of the tails above starts with (spaces, 余 多 万 亿, a line break, a measure word): a number followed by
// anything else has none of them, and its tails are not tried
const TAIL_START = charTable(` \t\r\n余多万亿${MEASURE_WORDS.map((m) => m.word[0]).join('')}`);

/** Whether a Chinese-numeral count reads as a count: not an article (一项重要工作), a slogan (四个明确) or vague (数百个). */
function isChineseCount(scan: string, numeral: string, value: number, numStart: number, end: number): boolean {
  if (value <= 1 || NOT_A_CHINESE_COUNT.has(numeral) || isPositionalChinese(numeral)) return false;
  if (VAGUE_BEFORE.has(scan[numStart - 1])) return false;
  const after = scan.slice(end, end + 2);
  return !SLOGAN_FOLLOWERS.some((w) => after.startsWith(w));
}

/** 重点做好了三项信息的公开工作。一是… / 抓好3项工作：一是… — the report announces its own list: structure, not a count. */
function announcesList(scan: string, unit: string, value: number, chinese: boolean, end: number): boolean {
  if (!LIST_UNITS.has(unit)) return false;
  const next = scan.slice(end, end + ENUMERATION_WINDOW);
  // in Arabic digits only a small number before a colon: 主动公开政府信息14571条。一是… is a count and then a topic list
  return chinese ? ENUMERATION_FOLLOWS.test(next) : value <= 10 && ANNOUNCED_LIST.test(next);
}

function extractCounts({ scan, numbers }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const run of numbers) {
    if (TAIL_START[scan.charCodeAt(run.end)] !== 1) continue;
    const m = matchAt(COUNT_TAIL, scan, run.end) ?? (run.arabic ? matchAt(BROKEN_COUNT_TAIL, scan, run.end) : null);
    if (m) {
      // 近千条 / 逾百件 (a word before) or 千余份 / 百余人 (余 or 多 after); never 数百余 (vague)
      const round =
        !run.arabic && !m[2] && run.text in ROUND_NUMBERS && !VAGUE_BEFORE.has(scan[run.start - 1]) && (approxBefore(scan, run.start) || m[1] || m[3]);
      let value = round ? ROUND_NUMBERS[run.text] : run.arabic ? parseArabic(run.text) : parseChineseNumeral(run.text);
      let end = run.end + m[0].length;
      let unit = m[4];
      const completed = completedAcrossBreak(scan, unit, end);
      if (completed) ({ unit, end } = completed);
      if (value === undefined || !Number.isFinite(value)) continue;
      if (run.arabic && integerDigits(run.text) > MAX_COUNT_DIGITS) continue;
      if (!run.arabic && !round && !isChineseCount(scan, run.text, value, run.start, end)) continue;
      if (announcesList(scan, m[4], value, !run.arabic, end)) continue;
      if (m[2]) value = scale(value, MULTIPLIERS[m[2]]);
      const before = approxBefore(scan, run.start);
      const after = approxAfter(scan, end);
      const approx = joinApprox(approxOf(m[1] ?? m[3]), before?.approx, after?.approx);
      const start = before ? before.start : run.start;
      if (after) end = after.end;
      const c: Candidate = {
        kind: 'count', value, unit, start, end, numStart: run.start, numEnd: run.end,
        rule: m[2] ? 'count.tenThousands' : run.arabic ? 'count.measureWord' : round ? 'count.roundApprox' : 'count.chineseNumeral',
      };
      if (approx) c.approx = approx;
      if (!run.arabic) c.chinese = true;
      out.push(c);
      continue;
    }
    // the digit cap applies here too: '9'.repeat(400) + '万' is Infinity, not a figure
    const bare = run.arabic && integerDigits(run.text) <= MAX_COUNT_DIGITS ? matchAt(BARE_TEN_THOUSAND_TAIL, scan, run.end) : null;
    if (bare) {
      const before = approxBefore(scan, run.start);
      const c: Candidate = {
        kind: 'count', value: scale(parseArabic(run.text), MULTIPLIERS[bare[1]]),
        start: before ? before.start : run.start, end: run.end + bare[0].length, numStart: run.start, numEnd: run.end,
        rule: 'count.bareTenThousands',
      };
      if (before) c.approx = before.approx;
      out.push(c);
    }
  }
  return out;
}

/** Counts with a measure word: 42条, 两次, 80余份, 14万人次; and bare ten-thousands (536 万). */
export const countRule: Rule = { id: 'count', extract: extractCounts };
