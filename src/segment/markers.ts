import { TABLE3_GROUPS, TABLE3_ROWS } from '../profiles/disclosure/templates/index.js';

/**
 * Heading markers as data: each family of list markers a report uses for its headings, ranked as in official
 * documents (一、 above （一） above 1. above （1） above ①). Matching runs on the normalised copy of the text
 * (`（）` → `()`, `．` → `.`, full-width digits → ASCII), so one pattern covers both widths.
 */
export type MarkerFamily = 'cn' | 'cnParen' | 'arabic' | 'arabicParen' | 'circled';

export interface MarkerKind {
  family: MarkerFamily;
  /** 0 = outermost in official documents; decides nesting when two families meet. */
  rank: number;
  /** Matches the marker alone, anchored with the sticky flag at a candidate offset. */
  pattern: RegExp;
  /** Real examples, for the reader. */
  examples: string[];
}

const CN_DIGITS = '一二三四五六七八九十';

export const MARKER_KINDS: MarkerKind[] = [
  // 一、概述 / 十一、其他 / 一.概述
  { family: 'cn', rank: 0, pattern: /[一二三四五六七八九十]{1,3}[、.]/y, examples: ['一、概述', '十一、其他需要报告的事项'] },
  // （一）组织机构建设情况 / (二)落实和制定相关配套措施情况。
  { family: 'cnParen', rank: 1, pattern: /\([一二三四五六七八九十]{1,3}\)/y, examples: ['（一）主动公开方面', '(二)突出重点'] },
  // 1、领导重视，机构健全 / 2.保密工作队伍的建设。 / 3．公开电话 — 、 and . are one family (篇3 mixes them)
  { family: 'arabic', rank: 2, pattern: /\d{1,2}[、.]/y, examples: ['1、领导重视，机构健全', '2.保密工作队伍的建设。'] },
  // （1）/ (2)
  { family: 'arabicParen', rank: 3, pattern: /\(\d{1,2}\)/y, examples: ['（1）网站公开'] },
  // ①②③
  { family: 'circled', rank: 4, pattern: /[①-⑳]/y, examples: ['①政府网站'] },
];

/** Any marker of any family (the pattern `markerMatches` reads, tested equal to it; the family is told by `MARKER_KINDS`). */
export const ANY_MARKER = new RegExp(`[${CN_DIGITS}]{1,3}[、.]|\\([${CN_DIGITS}]{1,3}\\)|\\d{1,2}[、.]|\\(\\d{1,2}\\)|[①-⑳]`, 'g');

/** One match of ANY_MARKER: where it starts, the marker as written, its family. */
export interface MarkerMatch {
  index: number;
  marker: string;
  family: MarkerFamily;
}

const IS_CN_DIGIT = new Uint8Array(0x10000);
for (const ch of CN_DIGITS) IS_CN_DIGIT[ch.charCodeAt(0)] = 1;
const COMMA = 0x3001; // 、
const DOT = 46;
const OPEN = 40;
const CLOSE = 41;
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
const isDigit = (c: number) => c >= 48 && c <= 57;

/** How many characters ending at `last` are Chinese digits (dig = 1) or ASCII digits (dig = 2), counting up to `max` + 1. */
function runBack(norm: string, last: number, dig: 1 | 2, max: number): number {
  let n = 0;
  while (n <= max && last - n >= 0 && (dig === 1 ? IS_CN_DIGIT[norm.charCodeAt(last - n)] === 1 : isDigit(norm.charCodeAt(last - n)))) n++;
  return n;
}

// the family of the last match `markerEndingAt` found
let foundFamily: MarkerFamily = 'cn';

/**
 * Where ANY_MARKER's leftmost match at or after `from` that ends with the character at `k` (、 . ) or a circled digit)
 * starts, its family in `foundFamily`; -1 when none. Such a match is digits then `k` (a run of more digits than the
 * alternative allows matches from its last ones: 一二三四、 → 二三四、), or bracketed digits, or the circled digit itself.
 */
function markerEndingAt(norm: string, k: number, from: number): number {
  const c = norm.charCodeAt(k);
  if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST) {
    foundFamily = 'circled';
    return k >= from ? k : -1;
  }
  if (c === CLOSE) {
    // \([一…十]{1,3}\) or \(\d{1,2}\): the run must fit between the brackets
    const r = runBack(norm, k - 1, 1, 3);
    const d = r === 0 ? runBack(norm, k - 1, 2, 2) : 0;
    const n = r > 0 ? (r <= 3 ? r : 0) : d <= 2 ? d : 0;
    const s = k - 1 - n;
    if (n === 0 || s < from || norm.charCodeAt(s) !== OPEN) return -1;
    foundFamily = r > 0 ? 'cnParen' : 'arabicParen';
    return s;
  }
  // [一…十]{1,3}[、.] or \d{1,2}[、.]: the last three (two) digits of the run
  const r = runBack(norm, k - 1, 1, 3);
  const d = r === 0 ? runBack(norm, k - 1, 2, 2) : 0;
  if (r === 0 && d === 0) return -1;
  foundFamily = r > 0 ? 'cn' : 'arabic';
  const s = Math.max(from, r > 0 ? k - Math.min(r, 3) : k - Math.min(d, 2));
  return s <= k - 1 ? s : -1;
}

const CIRCLED = /[①-⑳]/g;

/** The ascending offsets of 、 . ) and the circled digits in `norm` (string searches, merged). */
function markerEnds(norm: string): number[] {
  const lists: number[][] = ['、', '.', ')'].map((ch) => {
    const at: number[] = [];
    for (let i = norm.indexOf(ch); i >= 0; i = norm.indexOf(ch, i + 1)) at.push(i);
    return at;
  });
  const circled: number[] = [];
  CIRCLED.lastIndex = 0;
  while (CIRCLED.test(norm)) circled.push(CIRCLED.lastIndex - 1);
  lists.push(circled);
  const out: number[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let j = 0; j < lists.length; j++) {
      if (next[j] < lists[j].length && (best < 0 || lists[j][next[j]] < lists[best][next[best]])) best = j;
    }
    if (best < 0) return out;
    out.push(lists[best][next[best]++]);
  }
}

/**
 * Every match of ANY_MARKER in `norm`, as `matchAll` gives them: found from the 、 . ) and circled digits of the text
 * (string searches), each read back to its start (the pattern's own scan tries every offset).
 */
export function markerMatches(norm: string): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  let from = 0;
  for (const k of markerEnds(norm)) {
    // a match tried at an offset before this character ends with it (digits and brackets are no such characters)
    const s = markerEndingAt(norm, k, from);
    if (s < 0) continue;
    out.push({ index: s, marker: norm.slice(s, k + 1), family: foundFamily });
    from = k + 1;
  }
  return out;
}

/**
 * Marker look-alikes that are not headings, each with the real text it protects against. `before` is tested on the
 * text just before the marker, `after` on the text just after it.
 */
export const NOT_A_MARKER: Array<{ family: MarkerFamily[]; before?: RegExp; after?: RegExp; example: string }> = [
  // 第一、第二 — ordinals in prose
  { family: ['cn'], before: /第$/, example: '第一、加强领导' },
  // 三、四季度 / 一、二级 / 一、二、三类 — a list of numerals, not a heading
  { family: ['cn'], after: /^[一二三四五六七八九十]+(?:[、是]|季度|月|级|类|个|项|次|批|年)/, example: '三、四季度' },
  // 统一.  /  唯一、 — a numeral inside a word
  { family: ['cn', 'cnParen'], before: /[统唯万之专划均逐单]$/, example: '统一、规范' },
  // 2949819162、政府公报 (flattened table cells glued to the row number), 3.5 / 1.2万 (decimals)
  { family: ['arabic'], before: /[\d.]$/, example: '条2949819162、政府公报公开数' },
  // 1、2月 / 1.2万 / 2.5
  { family: ['arabic'], after: /^\s?\d/, example: '1、2月' },
  // 第1、2条 / 第二十条第（一）项 — numbers of articles and items
  { family: ['arabic', 'arabicParen', 'cnParen'], before: /第$/, example: '第二十条第（一）项' },
  { family: ['arabic'], after: /^(?:[月日号年条款项]|[~-])/, example: '1、月度' },
];

/**
 * Official 表三 row labels written with heading markers inside a table; never section headings. Built from the
 * template registry: each row's and group's words (first four characters; a two-character label such as 3.其他 or
 * （七）总计 only when no other word follows).
 */
export const TABLE_ROW_LABELS: RegExp = tableRowLabels();

function tableRowLabels(): RegExp {
  const alts = [...TABLE3_ROWS, ...TABLE3_GROUPS].map((r) => {
    const text = r.label.slice(r.number.length);
    const word = /^[\u4e00-\u9fff]+/.exec(text)?.[0] ?? '';
    return text.length <= 2 ? `${word}(?![\u4e00-\u9fff])` : word.slice(0, 4);
  });
  return new RegExp(`^(?:${[...new Set(alts.filter((a) => a.length >= 2))].join('|')})`);
}

const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; 0 when it is not a plain ordinal. */
export function chineseOrdinal(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_VALUE[s] ?? 0) : 0;
  const tens = ten === 0 ? 1 : (CN_VALUE[s.slice(0, ten)] ?? 0);
  const ones = ten === s.length - 1 ? 0 : (CN_VALUE[s.slice(ten + 1)] ?? 0);
  if (!tens || (ten < s.length - 1 && !ones) || s.length > 3) return 0;
  return tens * 10 + ones;
}

/** The number a marker of ANY_MARKER stands for: 一、 → 1, （十二） → 12, 3. → 3, ② → 2. */
export function markerOrdinal(family: MarkerFamily, marker: string): number {
  if (family === 'circled') return marker.charCodeAt(0) - 0x2460 + 1;
  // the digits: without the 、 or . after them, or without the brackets around them
  const digits = family === 'cn' || family === 'arabic' ? marker.slice(0, -1) : marker.slice(1, -1);
  return family === 'arabic' || family === 'arabicParen' ? Number(digits) : chineseOrdinal(digits);
}
