/**
 * Where a heading's title ends. In clean text the title is the rest of the line; in crawled text the body runs on
 * with no line break (`一、 概述2015年，在省政府办公厅…`, `（一）主动公开方面 平潭…`), so the end is read from
 * punctuation, a gap, the start of a body sentence, or the word a heading title ends with.
 */

/** Longest title taken as a whole; longer runs are searched for an end. */
export const MAX_TITLE = 40;
/** How far a run-on title is searched for its end. */
const WINDOW = 60;
// three or more digits that are not a year (2949819162 — cells run together; 2024 年 is a year), or a title that
// ends in a figure (当面申请数条0)
const TABLE_DIGITS = /\d{3,}(?!\d|\s*年)|\d$/;
const WORD_MARKUP = /^(?:<!--[^>]{0,30}-->\s*)+/;

/** A clause before 。 longer than this, not ending like a title, is searched for the title's end. */
const RUN_ON_CLAUSE = 20;
/** How much text after a marker is looked at. */
const LOOK_AHEAD = 120;

// 。！？；： and their half-width forms (the matching copy maps ；：→ ;:) — a title never runs past them.
// (二)落实和制定相关配套措施情况。我局充分发挥… / (一)存在问题: / (五)存在的主要问题以及改进的方案:公开的信息量偏少。
const SENTENCE_STOP = /[。！？!?;:]/;

// 一是…二是 — an inline enumeration starts the body: （一）加强组织领导，健全工作机制一是高度重视。
const ENUMERATION_START = /一是|首先/;

/**
 * Words a body sentence starts with, ending a run-on title before them (never at the title's first character).
 * 一、 概述2015年，… / （一）基本情况今年，我区… / 二、…情况我区… / 一、总体情况 2022年，
 */
const BODY_START: RegExp[] = [
  /\d{4}\s*年/, // 概述2015年，在省政府办公厅
  /20[*＊×]{1,2}年/, // 概述20**年 (redacted)
  /今年|本年度|去年|全年|近年来|目前|当前/, // 基本情况今年，我区 / 依申请公开全年共收到申请
  /我(?:区|市|县|局|镇|乡|委|办|厅|省|部|单位|们)/, // …情况我局高度重视
  /本(?:机关|单位|局|区|市|县|镇|乡)/,
  /第[一二三四五六七八九十百\d]+条/, // 二、主动公开政府信息情况第二十条第（一）项 (the 表二 header)
  /\d{1,2}[、.](?!\d)/, // （二）工作制度方面1、明确年度工作重点 — a numbered item starts the body
  /全(?:区|市|县|镇|乡|省|局)(?:共|各|政府|主动|未|没有|在)/,
  /根据|按照|依据|为了|为进一步|为确保|截至|截止/,
];
// the earliest body start of all: the leftmost match of the alternation is the least of each pattern's first match
const ANY_BODY_START = new RegExp(BODY_START.map((re) => `(?:${re.source})`).join('|'));

/** Last words of heading titles (概述, …情况, …措施), with the heading each comes from. */
export const TITLE_ENDINGS: Array<[string, string]> = [
  ['情况', '二、主动公开政府信息情况'],
  ['概述', '一、 概述'],
  ['措施', '六、主要问题和改进措施'],
  ['事项', '六、其他需要报告的事项'],
  ['统计表', '七、平潭综合实验区政府信息公开情况统计表'],
  ['问题', '六、存在的主要问题'],
  ['方面', '（一）主动公开方面'],
  ['数量', '（一）主动公开政府信息的数量'],
  ['形式', '（二）公开形式'],
  ['内容', '（一）公开内容'],
  ['渠道', '（一）主要公开渠道'],
  ['机制', '（一）加强组织领导，健全工作机制'],
  ['制度', '（二）健全工作制度'],
  ['领导', '（一）加强组织领导'],
  ['建设', '（二）公开平台建设'],
  ['平台', '（四）改善公开平台'],
  ['意识', '（三）把握质量，树立政府信息公开“精品意识”'],
  ['培训', '6、积极参加并组织政府信息公开业务培训'],
  ['学习', '（一）加强培训学习'],
  ['评议', '（五）落实监督评议'],
  ['目录', '（三）更新指南和目录'],
  ['解读', '（三）政策解读'],
  ['回应', '（四）回应关切'],
  ['成效', '（二）工作成效'],
  ['做法', '（一）主要做法'],
];
const ENDING = new RegExp(TITLE_ENDINGS.map(([w]) => w).join('|'), 'g');
// 情况 / 方面 / 问题 … end a title almost always; 建设 / 管理 … also open a longer name (建设项目, 队伍建设方面),
// so a run-on title ends at the first strong ending when there is one
const STRONG_ENDINGS = new RegExp(['情况', '概述', '措施', '事项', '统计表', '方面', '问题'].join('|'), 'g');

// 问题及改进情况 / 问题和改进措施 / 收费及减免情况 — a word that joins two parts of one title
const CONNECTOR = /^(?:及|和|与|、|的|暨|并|或|以及|“|”|"|\))/;

/**
 * A title of short clauses joined by commas, ended by a gap (crawled text keeps the line break as a space): the whole
 * chain is the title, not its first clause that happens to end like one (领导, 形式). Clauses of 2–12 characters with
 * no figure, two to four of them. Positive (wild 008): `一、加强领导，明确责任，确保政务公开落到实处 推行政务公开…`,
 * `二、突出重点，明确形式，规范程序，不断深化政务公开工作 在政务公开…`. Negative: a table header that runs on with no
 * comma (`四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼`, corpus 022) is still cut at 情况; a body
 * sentence with a figure (`（二）公开内容，2009年1月1日至…`) is not a clause chain.
 */
export const CLAUSE_CHAIN = /^[^,\d\s]{2,12}(?:,[^,\d\s]{2,12}){1,3}$/;

// （无） / (略) after a title: an inline value, not part of the title — 三、政府信息依申请公开情况(无)
const INLINE_VALUE = /\s*\((?:无|略|没有|暂无)\)\s*$/;

const NOTE_AFTER_TITLE = new RegExp(`(${TITLE_ENDINGS.map(([w]) => w).join('|')})\\(`);

import { officialTitleAt } from './officialTitles.js';
import { execAll } from '../input/execAll.js';

export interface TitleExtent {
  /** First character of the title (after the marker and any spaces). */
  start: number;
  /** End of the title (exclusive). */
  end: number;
  /** True when the title looks like a heading (short, ends cleanly); false for a sentence or a guess. */
  shaped: boolean;
  /** True when the title is an official one (OFFICIAL_TITLES) or one the report's preamble lists. */
  official?: boolean;
}

/** The end of the first whitespace gap that is not PDF spacing inside a date (`2024 年`). */
function gapAt(s: string): number {
  const m = /\s+/.exec(s);
  if (!m) return -1;
  if (m.index === 0) return -1;
  const before = s[m.index - 1];
  if (/[0-9A-Za-z]/.test(before)) {
    const rest = gapAt(s.slice(m.index + m[0].length));
    return rest < 0 ? -1 : m.index + m[0].length + rest;
  }
  return m.index;
}

/** End of a run-on title bounded by the start of a body sentence (`概述2015年，…`), or -1. */
function bodyStartEnd(s: string): number {
  const w = s.slice(0, WINDOW);
  const m = ANY_BODY_START.exec(w.slice(2));
  if (!m) return -1;
  const bound = m.index + 2;
  // The first title ending (not joined on by 及/和/的) before the body start ends the title: 基本情况今年 → 基本情况,
  // 重大建设项目信息公开情况坚持跟踪、督促做好工程建设项目…，2016年 → 重大建设项目信息公开情况
  const ending = endingEnd(w.slice(0, bound));
  if (ending > 0) return ending;
  return bound <= MAX_TITLE && !/,/.test(w.slice(0, bound)) ? bound : -1;
}

/** The earliest title ending not followed by a connector (数量区管委会… → 数量), strong endings first, or -1. */
function endingEnd(s: string): number {
  const strong = endingEndBy(s, STRONG_ENDINGS);
  return strong > 0 ? strong : endingEndBy(s, ENDING);
}

function endingEndBy(s: string, endings: RegExp): number {
  const w = s.slice(0, WINDOW);
  for (const m of execAll(endings, w)) {
    const end = m.index + m[0].length;
    const next = w.slice(end);
    if (CONNECTOR.test(next)) continue;
    // 加强组织领导，健全工作机制 — a short second clause that ends like a title belongs to it
    const clause = /^,([^,]{1,12})/.exec(next);
    const more = clause ? execAll(ENDING, clause[1]).pop() : undefined;
    if (more && more.index + more[0].length === clause![1].length) return end + 1 + clause![1].length;
    return end;
  }
  return -1;
}

/**
 * The title after a marker ending at `from`, not reaching `limit` (the next marker). `norm` is the matching copy.
 * Headings whose title is broken over lines (`五、因政府信息公开申请\n\n行政复议或提起行政诉讼的情况…`) are joined.
 * An official title (or one the preamble lists, `listed`) ends where it ends: `一、概述2017年，在…` → 概述.
 */
export function titleAfter(norm: string, from: number, limit: number, listed: readonly string[] = []): TitleExtent {
  let start = from;
  while (start < limit && (norm[start] === ' ' || norm[start] === '\t' || norm[start] === '\u3000')) start++;
  // 7、<!--[endif]-->公共监管信息公开情况 — Word's list markup left in the text (corpus 010)
  const markup = WORD_MARKUP.exec(norm.slice(start, Math.min(limit, start + 40)));
  if (markup) start += markup[0].length;
  const official = officialTitleAt(norm, start, listed);
  if (official > 0 && start + official <= limit) return { start, end: start + official, shaped: true, official: true };
  return titleAfterPlain(norm, start, limit);
}

/** The title at `start` (after marker and spaces), read from punctuation, gaps, body starts and title endings. */
function titleAfterPlain(norm: string, start: number, limit: number): TitleExtent {
  // Look no further than a short window: a crawled page may be one line of megabytes.
  const view = norm.slice(start, Math.min(limit, start + LOOK_AHEAD));
  const newline = view.indexOf('\n');
  const longLine = newline < 0 && start + view.length < limit && view.length === LOOK_AHEAD;
  const line = (newline < 0 ? view : view.slice(0, newline)).trimEnd(); // trimEnd takes what /\s+$/ takes
  let cut = line.length;
  const gap = gapAt(line);
  if (gap >= 0) cut = gap;
  const stop = line.slice(0, cut).search(SENTENCE_STOP);
  if (stop >= 0) cut = stop;
  const enumeration = line.slice(2, cut).search(ENUMERATION_START);
  if (enumeration >= 0) cut = enumeration + 2;
  let text = line.slice(0, cut);
  const inline = text.includes('(') ? INLINE_VALUE.exec(text) : null;
  if (inline) text = text.slice(0, inline.index);
  // 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：…） — a note in brackets after the title
  const note = NOTE_AFTER_TITLE.exec(text);
  if (note) [text, cut] = [text.slice(0, note.index + note[1].length), note.index + note[1].length];
  // 政府网站公开数条2949819162、… — a title holding a run of digits is a flattened table row, not a heading
  const at = (n: number, shaped = true): TitleExtent => ({
    start,
    end: start + n,
    shaped: shaped && !TABLE_DIGITS.test(norm.slice(start, start + n)),
  });

  // The whole line is short: it is the title (二、完善制度，坚持实施), or its first half (五、因政府信息公开申请).
  if (cut === line.length && !inline && !longLine && text.length <= MAX_TITLE) {
    if (text.length <= 12 && !endsLikeTitle(text)) {
      const joined = joinBrokenTitle(norm, start + text.length, limit);
      if (joined > 0) return { start, end: joined, shaped: true };
    }
    return at(text.length);
  }
  // Cut by 。/：/a gap/(无): the clause is the title unless a body sentence starts inside it.
  const body = bodyStartEnd(text);
  if (body > 0) return at(body);
  if (cut < line.length || inline) {
    // 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 — a table header runs on after the title
    const byGap = !inline && !SENTENCE_STOP.test(line[cut] ?? '');
    if (byGap && CLAUSE_CHAIN.test(text)) return at(text.length);
    const lastEnding = byGap && !endsLikeTitle(text) ? execAll(ENDING, text).pop() : undefined;
    if (lastEnding) return at(lastEnding.index + lastEnding[0].length);
    // （一）主动公开政府信息的数量区管委会办公室、区直各部门对政府信息进行了梳理。 — the body ran on up to the 。
    const early = !inline && text.length > RUN_ON_CLAUSE && !endsLikeTitle(text) ? endingEnd(text) : -1;
    if (early > 0 && early < text.length) return at(early);
    if (text.length <= MAX_TITLE && !/,/.test(text)) return at(text.length);
  }
  const ending = endingEnd(text);
  if (ending > 0) return at(ending);
  if (text.length <= MAX_TITLE) return at(text.length, cut < line.length);
  const comma = text.indexOf(',');
  return at(comma > 0 && comma <= MAX_TITLE ? comma : MAX_TITLE, false);
}

const ENDS_TITLE = new RegExp(`(?:${TITLE_ENDINGS.map(([w]) => w).join('|')})$`);
const LONGEST_ENDING = Math.max(...TITLE_ENDINGS.map(([w]) => w.length));

/** Whether a title ends like a heading (…情况, …问题, …措施): the pattern run on the last characters only (a pattern anchored at the end alone is tried from every position). */
export function endsLikeTitle(title: string): boolean {
  return ENDS_TITLE.test(title.slice(-LONGEST_ENDING));
}
// 情况 / 措施 / 事项 / 概述 — the strong endings a broken title's second line must reach
const STRONG_ENDING = /^[^\s,。！？!?;:]{1,30}?(?:情况|措施|事项|概述|统计表)/;

/** End of the second line of a heading broken over lines, or -1 when the next line is body text. */
function joinBrokenTitle(norm: string, lineEnd: number, limit: number): number {
  const gap = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*/.exec(norm.slice(lineEnd, Math.min(limit, lineEnd + 8)));
  if (!gap) return -1;
  const next = lineEnd + gap[0].length;
  const m = STRONG_ENDING.exec(norm.slice(next, Math.min(limit, next + 40)));
  return m ? next + m[0].length : -1;
}
