import { isSpace } from '../input/chars.js';
import { chineseOrdinal } from './markers.js';

/** Where one report sits in a page's text. */
export interface ReportSlice {
  start: number;
  end: number;
  /** The marker that opened it (篇1) or the title line, if the page had several reports. */
  marker?: string;
}

// 篇1 / 篇 2 / 第3篇 / 篇一 on a line of its own — the separators of a page of sample reports (seed page)
const PIECE_MARKER = /^[ \t]*(?:篇\s*(\d{1,3}|[一二三四五六七八九十]{1,3})|第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇)[ \t]*$/gm;

// A line that is a report's title: 唐村镇2010年政府信息公开工作年度报告 / 兴华乡2010年政府信息公开报告.
// It must name a year (2010, 二〇一〇, redacted 20**) so that a page header such as 信息公开年度报告 does not count.
export const TITLE_LINE = /^[ \t]*([^\n]{0,50}?(?:\d{4}|[〇○零一二三四五六七八九]{4}|20[*×＊]{1,2})\s*年[^\n]{0,40}?报告)[ \t]*$/gm;

// 名称 … / 本地目录: … — page metadata lines that repeat the title of the same report (标题: opens an archive record)
const METADATA_PREFIX = /^[ \t]*(?:名称|本地目录|文件名|题名|索引号)\s*[:：]?/;

/** Shortest text after a title that counts as a report of its own (a title plus a subtitle is one report). */
const MIN_REPORT_CHARS = 300;

// A report body has a numbered heading (一、 at a line start or after a sentence: …工作。二、) and speaks of
// 主动公开 / 依申请; a page header, a list of related links or a footer has not both.
const BODY_HEADING = /(?:^|[。\s])[ \t]*[一二三四五六七八九十]{1,2}、/gm;
const BODY_WORDS = /主动公开|依申请|政府信息公开申请/g;

function markerNumber(m: RegExpMatchArray): number {
  const n = m[1] ?? m[2];
  return /\d/.test(n) ? Number(n) : chineseOrdinal(n);
}

/** Slices at 篇1, 篇2 … when they count up from 1; the page header before 篇1 is not a report. */
function byPieceMarkers(norm: string): ReportSlice[] | undefined {
  if (!norm.includes('篇')) return undefined; // both forms of the marker hold 篇
  const marks = [...norm.matchAll(PIECE_MARKER)];
  const run: RegExpMatchArray[] = [];
  for (const m of marks) if (markerNumber(m) === run.length + 1) run.push(m);
  if (run.length < 2) return undefined;
  return run.map((m, i) => ({
    start: m.index!,
    end: i + 1 < run.length ? run[i + 1].index! : norm.length,
    marker: m[0].trim(),
  }));
}

/** Index of the first value ≥ `x` in the sorted `at` (binary search). */
function firstAtOrAfter(at: number[], x: number): number {
  let [lo, hi] = [0, at.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TITLE_LINE_AT = new RegExp(TITLE_LINE.source, 'my');

/** Whether `c` is a line terminator, after which `^` matches under /m. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** The offsets in [from, to] where `^` matches under /m (`from` is one: a line start or 0). */
function caretsIn(norm: string, from: number, to: number, out: number[]): void {
  out.push(from);
  for (let i = from; i < to; i++) if (isLineBreak(norm.charCodeAt(i))) out.push(i + 1);
}

/**
 * `norm.matchAll(TITLE_LINE)` without trying the pattern at every line start (a long line costs it ≈ 50 × 40 steps):
 * a match ends where 报告 ends a line, and starts on that \n-line or, when its `\s*` runs over line breaks between
 * the year and 年, on the nearest line above with a character that is not a space. Only those starts are tried, in
 * order, as matchAll would; any other start cannot match (tested against matchAll).
 */
export function titleLines(norm: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let at = norm.indexOf('报告'); at >= 0; at = norm.indexOf('报告', at + 2)) {
    let i = at + 2;
    while (norm.charCodeAt(i) === 32 || norm.charCodeAt(i) === 9) i++;
    if (i < norm.length && !isLineBreak(norm.charCodeAt(i))) continue;
    const line = norm.lastIndexOf('\n', at - 1) + 1;
    caretsIn(norm, line, at, starts);
    let p = line - 1;
    while (p >= 0 && isSpace(norm.charCodeAt(p))) p--;
    if (p >= 0) caretsIn(norm, norm.lastIndexOf('\n', p) + 1, p, starts);
  }
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const s of starts) {
    if (s < end) continue;
    TITLE_LINE_AT.lastIndex = s;
    const m = TITLE_LINE_AT.exec(norm);
    if (m) {
      out.push(m);
      end = s + m[0].length;
    }
  }
  return out;
}

/** True when `word` ends at least two lines (only spaces and tabs after it, then a line break or the end): what `[ \t]*$` under /m accepts. */
export function endsTwoLines(norm: string, word: string): boolean {
  let found = 0;
  for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + word.length)) {
    let i = at + word.length;
    while (norm.charCodeAt(i) === 32 || norm.charCodeAt(i) === 9) i++;
    const c = norm.charCodeAt(i);
    if ((i === norm.length || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) && ++found === 2) return true;
  }
  return false;
}

/** Slices at repeated title lines, each followed by a report body; undefined when the page holds one report. */
function byTitleLines(norm: string): ReportSlice[] | undefined {
  if (!endsTwoLines(norm, '报告')) return undefined; // every title line ends in 报告: two titles need two such lines
  const titles = titleLines(norm).filter((m) => !METADATA_PREFIX.test(m[0]));
  if (titles.length < 2) return undefined;
  // Where headings and body words show (one scan each), so that each title only asks what lies since the last.
  const heads = [...norm.matchAll(BODY_HEADING)].map((m) => m.index);
  const words = [...norm.matchAll(BODY_WORDS)].map((m) => m.index);
  const within = (at: number[], from: number, to: number) => {
    const i = firstAtOrAfter(at, from);
    return i < at.length && at[i] < to;
  };
  const isReport = (from: number, to: number) =>
    to - from >= MIN_REPORT_CHARS && within(heads, from, to) && within(words, from, to);
  const starts: RegExpMatchArray[] = [];
  for (const t of titles) {
    const prev = starts.at(-1);
    // A title right after another (page title, then the report's own title) opens no new report.
    if (prev && !isReport(prev.index!, t.index!)) continue;
    starts.push(t);
  }
  if (starts.length >= 2 && !isReport(starts.at(-1)!.index!, norm.length)) starts.pop();
  if (starts.length < 2) return undefined;
  return starts.map((m, i) => ({
    // The first report keeps whatever precedes its title (the archive header with 标题 and 发布时间).
    start: i === 0 ? 0 : m.index!,
    end: i + 1 < starts.length ? starts[i + 1].index! : norm.length,
    marker: m[1],
  }));
}

/**
 * Splits a page into its reports: at 篇1 … 篇N markers (seed page), else at repeated title lines
 * (`…2019年政府信息公开工作年度报告` followed by a body, several times), else the whole page is one report.
 */
export function splitReports(text: string, norm: string = text): ReportSlice[] {
  return byPieceMarkers(norm) ?? byTitleLines(norm) ?? [{ start: 0, end: text.length }];
}
