import type { Fact, Period, Section, Span } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { asWritten, readAgency } from './metadataAgency.js';
import { execAll, firstMatch } from '../../../input/execAll.js';

export interface ReportMetadata {
  title?: string;
  agency?: string;
  year?: number;
  period?: Period;
  publishedAt?: string;
  meta: { titleSpan?: Span; agencySpan?: Span; yearSpan?: Span; publishedAtSpan?: Span };
  warnings: Warning[];
}

/** A value found in the text, with where it stands. */
export interface Found<T> {
  value: T;
  span: Span;
}

// ---------------------------------------------------------------- title

// 标题: 平潭综合实验区2015年度政府信息公开工作年度报告 — the archive's header line; a page title may carry the site
// name after a dash: 标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局
const TITLE_FIELD = /^[ \t]*标题[ \t]*:[ \t]*([^\n]*?(?:报告|政府信息公开[^\n]{0,12}?总结))(?:[ \t]*[-_|][^\n]*)?[ \t]*$/m;
// 唐村镇2010年政府信息公开工作年度报告 / 兴华乡2010年政府信息公开报告 — a line of its own
// …政府信息公开工作年度报告（2023年度） — the year may follow in brackets
const TITLE_LINE = /^[ \t]*([^\n:]{2,60}?(?:年度报告|工作报告|公开报告|年报)(?:\s*\([^\n()]{2,12}\))?)[ \t]*$/m;
// 平潭综合实验区公安局关于2018年度政府信息公开工作的报告 / 平潭县卫生局2013年度政府信息公开情况总结 (wild 035) — other
// endings, taken only with 政府信息公开 in the line
const TITLE_LINE_OTHER = /^[ \t]*([^\n:。]{2,50}?政府信息公开[^\n:。]{0,16}?(?:的报告|情况报告|情况总结|工作总结))[ \t]*$/m;
// 2025 年上海市人民政府办公厅政府信息公开\n工作年度报告 — a title broken over two lines (PDF extraction)
const TITLE_TWO_LINES = /^[ \t]*([^\n:。,]{4,40})\n[ \t]*([^\n:。,]{2,12}?(?:年度报告|工作报告|公开报告))[ \t]*$/m;
// 平潭综合实验区农业农村局2019年政府信息公开工作年\n度报告 — the break may fall inside the ending word itself: the two
// lines joined end in it (wild 014, 032 set as PDF text sets a title at a narrow margin)
const TITLE_TWO_LINES_CUT = /^[ \t]*([^\n:。,]{4,40})\n[ \t]*([^\n:。,\s]{1,6})[ \t]*$/gm;
const TITLE_ENDING = /(?:年度报告|工作报告|公开报告)$/;

/** The first pair of lines near the top that together read as a title broken inside its ending word. */
function titleCutInEnding(head: string): RegExpExecArray | undefined {
  const re = TITLE_TWO_LINES_CUT;
  re.lastIndex = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (TITLE_ENDING.test(m[1] + m[2])) return m;
    re.lastIndex = m.index + m[0].indexOf('\n') + 1; // the second line may open the next pair
  }
  return undefined;
}
const TITLE_RUN_ON = /^\s*([^\n。,:;]{4,50}?(?:年度报告|工作报告|公开报告)|[^\n。,:;]{2,40}?政府信息公开[^\n。,:;]{0,16}?(?:的报告|情况总结))/;
/** Title lines are looked for near the top only. */
const TITLE_REACH = 1200;

/**
 * Whether a title broken over two lines may stand in `head`: both forms end their second line in 告 (a whole ending
 * word, or its last one to four characters), only spaces or tabs after it up to a line's end, and a \n before it.
 */
function mayHoldTwoLines(head: string): boolean {
  for (let i = head.indexOf('告'); i >= 0; i = head.indexOf('告', i + 1)) {
    let j = i + 1;
    while (head[j] === ' ' || head[j] === '\t') j++;
    // ($ of a multiline pattern: the end, or before any line terminator)
    if ((j === head.length || LINE_END.has(head[j])) && head.lastIndexOf('\n', i) >= 0) return true;
  }
  return false;
}
const LINE_END = new Set(['\n', '\r', '\u2028', '\u2029']);

/** The report's title and where it stands; `twoLinesFirst`: the two-line forms are tried only where `mayHoldTwoLines`. */
export function readTitle(text: string, norm: string, twoLinesFirst = true): Found<string> | undefined {
  const head = norm.slice(0, TITLE_REACH);
  const field = TITLE_FIELD.exec(head);
  const two = field || (twoLinesFirst && !mayHoldTwoLines(head)) ? undefined : (TITLE_TWO_LINES.exec(head) ?? titleCutInEnding(head));
  // …交通与建设局2021\n年度政府信息公开工作年度报告 — the break may fall between the year's digits and 年度
  if (two && (/年/.test(two[1]) || /(?:19|20)\d\d$/.test(two[1]))) {
    const start = two.index + two[0].indexOf(two[1]);
    const end = two.index + two[0].lastIndexOf(two[2]) + two[2].length;
    return { value: asWritten(text, { start, end }), span: { start, end } };
  }
  const line = field ?? TITLE_LINE.exec(head) ?? TITLE_LINE_OTHER.exec(head);
  if (line) {
    const start = line.index + line[0].indexOf(line[1]);
    return { value: text.slice(start, start + line[1].length), span: { start, end: start + line[1].length } };
  }
  // crawled text: the title runs into the body at the start — 北京市朝阳区人民政府2023年政府信息公开工作年度报告本报告是…
  const from = bodyStart(norm);
  const runOn = TITLE_RUN_ON.exec(norm.slice(from, from + TITLE_REACH));
  if (!runOn || !/\d{4}\s*年|政府信息公开/.test(runOn[1]) || /根据|按照|《|本/.test(runOn[1])) return undefined;
  const start = from + runOn[0].indexOf(runOn[1]);
  return { value: text.slice(start, start + runOn[1].length), span: { start, end: start + runOn[1].length } };
}

// ---------------------------------------------------------------- published at

// 发布时间: 2023-02-20 15:07 / 发布时间:2011-03-14 18:20:44 / 发布日期:2011-01-01 / 公开日期 2024-01-17 / 时间：2013-02-25 00:00
const PUBLISHED: Array<{ label: RegExp; example: string }> = [
  { label: /(?:发布时间|发布日期|公开日期|发文日期|成文日期|印发日期)/g, example: '发布时间: 2023-02-20 15:07' },
  { label: /(?:^|[\s>])时间/g, example: '来源：平潭综合实验区管委会 时间：2013-02-25 00:00' },
];
const DATE_TIME = /^[ \t]*:?[ \t]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ \tT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
/** Page metadata (发布时间, 公开日期) stands before the report; a saved page may have long navigation first. */
const PUBLISHED_REACH = 8000;
const pad = (s: string) => s.padStart(2, '0');

function readPublishedAt(norm: string): Found<string> | undefined {
  const head = norm.slice(0, PUBLISHED_REACH);
  for (const { label } of PUBLISHED) {
    const dated = firstMatch(label, head, (m) => DATE_TIME.test(head.slice(m.index + m[0].length, m.index + m[0].length + 40)));
    if (!dated) continue;
    const after = dated.index + dated[0].length;
    const d = DATE_TIME.exec(head.slice(after, after + 40))!;
    let value = `${d[1]}-${pad(d[2])}-${pad(d[3])}`;
    if (d[4]) value += `T${pad(d[4])}:${d[5]}${d[6] ? `:${d[6]}` : ''}`;
    const start = after + d[0].indexOf(d[1]);
    return { value, span: { start, end: after + d[0].length } };
  }
  return undefined;
}

// ---------------------------------------------------------------- period

// 统计期限 / 统计时限 / 数据统计期限 — the sentence that states the period the figures cover
const PERIOD_CUE = /统计期限|统计时限|统计期|数据统计|统计时间|统计区间|统计范围/;
// 2015年1月1日起至2015年12月31日 / 2010年1月1日至12月31日止 / 2025\n年 1 月 1 日至 12 月 31 日 (PDF spacing)
const PERIOD_RANGE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起\s*)?(?:至|到|—|-|~)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*止)?/;
/** How far after the cue the range is looked for. */
const PERIOD_REACH = 60;

const SENTENCE_END = /[。！？;]/;

/** The sentence around `at`: back to the previous 。/newline-pair, forward to the next 。. */
function sentenceStart(norm: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 120 && !SENTENCE_END.test(norm[i - 1])) i--;
  return i;
}

function periodFromFacts(norm: string, facts: Fact[]): Period | undefined {
  for (const f of facts) {
    if (f.kind !== 'dateRange' || typeof f.value !== 'string') continue;
    const [start, end] = f.value.split('/');
    if (!start || !end || !/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) continue;
    const from = sentenceStart(norm, f.span.start);
    if (PERIOD_CUE.test(norm.slice(from, f.span.end))) return { start, end, quote: f.quote, span: f.span };
  }
  return undefined;
}

function periodFromText(text: string, norm: string): Period | undefined {
  const cue = PERIOD_CUE.exec(norm);
  if (!cue) return undefined;
  const from = cue.index + cue[0].length;
  const m = PERIOD_RANGE.exec(norm.slice(from, from + PERIOD_REACH));
  if (!m) return undefined;
  const start = from + m.index;
  const end = start + m[0].length;
  const endYear = m[4] ?? m[1];
  return {
    start: `${m[1]}-${pad(m[2])}-${pad(m[3])}`,
    end: `${endYear}-${pad(m[5])}-${pad(m[6])}`,
    quote: text.slice(start, end),
    span: { start, end },
  };
}

// ---------------------------------------------------------------- year

// 20**年 / 20*年 / 20××年 — a year the publisher blanked out
const REDACTED_YEAR = /20[*×xX]{1,2}\s*年/;
const REDACTED_YEAR_ALL = new RegExp(REDACTED_YEAR.source, 'g');
// 2011年度 — the year a report covers, in the body (城管执法局2011年度共接受…, 我局2010年度政府信息公开)
const YEAR_OF_REPORT = /(?<![\d《])((?:19|20)\d\d)\s*年度/g;
// 2020年 — any year in running text; the most frequent one is taken when nothing better is stated
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)\s*年(?!\d)/g;
// 2015年度 / 2025 年 / 二〇一三年 / 二○一三年度 — a year in a title, in Arabic or Chinese digits
const YEAR_IN_TITLE = /((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*年/;
const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** 2015 → 2015, 二〇一三 → 2013. */
function yearNumber(s: string): number {
  return /\d/.test(s) ? Number(s) : Number([...s].map((c) => CN_DIGIT[c]).join(''));
}

/** Offsets inside 《…》 (titles of other documents: 《关于做好2015年政府信息公开工作年度报告有关事项的通知》). */
function insideBookTitle(norm: string, at: number): boolean {
  // only a short window back is read: a document title is short, and a long scan per year would be quadratic
  const back = norm.slice(Math.max(0, at - 80), at);
  return back.lastIndexOf('《') > back.lastIndexOf('》');
}

function readYear(norm: string, bodyFrom: number, title?: Found<string>, period?: Period): Found<number> | undefined {
  if (title) {
    const y = YEAR_IN_TITLE.exec(norm.slice(title.span.start, title.span.end));
    if (y) {
      const at = title.span.start + y.index;
      return { value: yearNumber(y[1]), span: { start: at, end: at + y[0].length } };
    }
  }
  if (period && period.start.slice(0, 4) === period.end.slice(0, 4)) {
    return { value: Number(period.start.slice(0, 4)), span: { start: period.span.start, end: period.span.start + 4 } };
  }
  const body = norm.slice(bodyFrom);
  const stated = firstMatch(YEAR_OF_REPORT, body, (m) => !insideBookTitle(norm, bodyFrom + m.index));
  if (stated) {
    const at = bodyFrom + stated.index;
    return { value: Number(stated[1]), span: { start: at, end: at + stated[0].length } };
  }
  const counts = new Map<string, { n: number; at: number; len: number }>();
  // 20*年 counts as a year of its own: a page that blanks its year out (篇6) keeps it unknown
  for (const m of execAll(REDACTED_YEAR_ALL, body)) {
    const c = counts.get('redacted') ?? { n: 0, at: bodyFrom + m.index, len: m[0].length };
    c.n++;
    counts.set('redacted', c);
  }
  for (const m of execAll(ANY_YEAR, body)) {
    if (insideBookTitle(norm, bodyFrom + m.index)) continue;
    const c = counts.get(m[1]) ?? { n: 0, at: bodyFrom + m.index, len: m[0].length };
    c.n++;
    counts.set(m[1], c);
  }
  let best: [string, { n: number; at: number; len: number }] | undefined;
  for (const e of counts) if (!best || e[1].n > best[1].n) best = e;
  if (!best || best[0] === 'redacted') return undefined;
  return { value: Number(best[0]), span: { start: best[1].at, end: best[1].at + best[1].len } };
}

// ---------------------------------------------------------------- the report's body

// ==================== 正文 ==================== — the end of the archive's header lines
const BODY_MARK = /^=+\s*正文\s*=+[ \t]*$/m;

/** Where the report's own text begins: after an archive header, else 0. */
export function bodyStart(norm: string): number {
  // (BODY_MARK holds 正文: a head without it has no mark)
  const head = norm.slice(0, 3000);
  if (!head.includes('正文')) return 0;
  const m = BODY_MARK.exec(head);
  return m ? m.index + m[0].length : 0;
}

/** Title, agency, year covered, statistics period and publication date of one report. */
export function readMetadata(text: string, norm: string, sections: Section[], facts: Fact[]): ReportMetadata {
  const out: ReportMetadata = { meta: {}, warnings: [] };
  const from = bodyStart(norm);
  const title = readTitle(text, norm);
  if (title) [out.title, out.meta.titleSpan] = [title.value, title.span];

  const published = readPublishedAt(norm);
  if (published) [out.publishedAt, out.meta.publishedAtSpan] = [published.value, published.span];

  const period = periodFromFacts(norm, facts) ?? periodFromText(text, norm);
  if (period) out.period = period;

  const agency = readAgency(text, norm, from, title, sections[0]?.headingSpan.end);
  if (agency) [out.agency, out.meta.agencySpan] = [agency.value, agency.span];

  const year = readYear(norm, from, title, period);
  if (year) [out.year, out.meta.yearSpan] = [year.value, year.span];
  else {
    const redacted = REDACTED_YEAR.exec(norm);
    if (redacted) {
      const span = { start: redacted.index, end: redacted.index + redacted[0].length };
      out.warnings.push(makeWarning('YEAR_REDACTED', text.slice(span.start, span.end), { span }));
    } else out.warnings.push(makeWarning('YEAR_UNKNOWN'));
  }
  return out;
}
