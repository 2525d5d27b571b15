import { JOINED_TITLES, OFFICIAL_TITLES, TITLE_GOES_ON, longestTitleAt, type TitleHit } from './officialTitles.js';

/**
 * Top-level headings whose markers were lost (`…请与…联系。概述2017年，在…。主动公开政府信息情况（一）…`): the
 * official titles printed bare. They are taken only on strong evidence — each stands where a heading can stand
 * (BARE_TITLE_PLACES), at least MIN_BARE_TITLES different official parts are found, and they come in the prescribed
 * order — and only when the report has no 一、 heading at all, or (one title, part 1) when its numbering starts at
 * 二、, or (lostLeadingTitles: parts 1…n-1, each in its place) when it starts at a later number (sections.ts decides
 * which). Each one found is reported by the section checks as inferred (HEADING_INFERRED).
 */
export interface BareTitle {
  start: number;
  end: number;
  /** The BARE_TITLE_PLACES entry it stands in. */
  place: string;
  /** Index of the OFFICIAL_TITLES entry (or -1 for a title the preamble lists). */
  entry: number;
  part: number;
}

/** Fewest different official parts that make bare titles evidence of lost markers. */
export const MIN_BARE_TITLES = 3;
/** A bare title glued to a figure (a table's last cell) must be at least this long. */
const GLUED_MIN = 8;

/**
 * Where a bare official title may stand, each with the real text it is for (wild and corpus reports, their 一、
 * markers taken out as a lost-marker report prints them). `before` is tested on the text just before the title
 * (spaces kept), with the title's length.
 */
export const BARE_TITLE_PLACES: Array<{ id: string; before: RegExp; minLength?: number; example: string; counterExample: string }> = [
  // a line of its own, or the start of the text
  { id: 'lineStart', before: /(?:^|\n)[ \t\u3000]*$/, example: '下载。\n概述\n2016年，我局', counterExample: '本报告由概述、主动公开政府信息情况' },
  // run in after a sentence end or a closing bracket: …邮箱：ptzsjtjs@126.com )。总体情况2021年，区交通建设局…
  // (a half-width . too, as page stores write 。, unless a digit stands before it: 22.38)
  { id: 'afterStop', before: /(?:[。！？!?;:)\]）”"」』】]|(?<!\d)\.)[ \t\u3000]*$/, example: '@126.com )。总体情况2021年，区交通建设局', counterExample: '我局主动公开政府信息情况良好' },
  // after a gap in one-line crawled text: 平潭县公安局 二○一○年四月十日 附表： 指标名称 (wild 001)
  { id: 'afterGap', before: /[^\s][ \t\u3000]+$/, example: '二○一○年四月十日 附表： 指标名称 计量单位', counterExample: '，主动公开政府信息情况如下' },
  // glued to the last figure of a table: …尚未审结总计000000000000000存在的主要问题及改进情况我局针对…
  { id: 'afterTable', before: /\d$/, minLength: GLUED_MIN, example: '0000000政府信息公开行政复议、行政诉讼情况行政复议', counterExample: '2016年概述' },
  // glued to a table's last figure with its unit: …政府集中采购13575394432.52元收到和处理政府信息公开申请情况 (corpus 019)
  { id: 'afterFigure', before: /\d[ \t]*(?:元|万元|条|件|项|个|次|%)$/, minLength: GLUED_MIN, example: '采购总金额政府集中采购13575394432.52元收到和处理政府信息公开申请情况（本列数据', counterExample: '共收到3件依申请公开政府信息' },
];

// （二）改进措施 / 1、… — a title right after a list marker is that sub-heading's own title, not a lost top-level one
const AFTER_MARKER = /(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}[、.．])[ \t\u3000]*$/;

/** The id of the BARE_TITLE_PLACES entry that lets a title of `length` stand at `start`, or undefined. */
function placeOf(norm: string, start: number, length: number): string | undefined {
  const before = norm.slice(Math.max(0, start - 8), start);
  if (AFTER_MARKER.test(before)) return undefined;
  // …农村发展局2016年政府信息公开情况统计表 — a title that starts with the 年 of a year written before it
  if (norm[start] === '年' && /\d$/.test(before)) return undefined;
  return BARE_TITLE_PLACES.find((p) => p.before.test(start === 0 ? '' : before) && length >= (p.minLength ?? 0))?.id;
}

// the first character of every official title (概 总 基 年 政 主 依 收 因 申 提 行 存 工 问 其 需 附 今 下 改 and any
// character a title from the preamble starts with) — only these positions are tried; as UTF-16 units, the official
// ones in a table built once
let officialFirsts: Uint8Array | undefined;
function firstChars(listed: readonly string[]): (code: number) => boolean {
  if (!officialFirsts) {
    officialFirsts = new Uint8Array(65536);
    for (const t of OFFICIAL_TITLES) for (const ex of t.examples) officialFirsts[ex.replace(/^[一二三四五六七八九十]+、/, '').charCodeAt(0)] = 1;
    for (const t of ['概述', '总体情况', '基本情况', '政府信息', '年度', '工作中', '主要问题', '下步', '改进措施', '提起', '申请']) officialFirsts[t.charCodeAt(0)] = 1;
  }
  const table = officialFirsts;
  const fromPreamble = new Set(listed.filter((t) => t).map((t) => t.charCodeAt(0)));
  return fromPreamble.size ? (code) => table[code] === 1 || fromPreamble.has(code) : (code) => table[code] === 1;
}

// ；、，  or the end of a sentence right after the title: a list entry or a sentence, not a heading
const CONTENTS_ENTRY = /^[ \t]*[；;、，,。]/;

/** The official title (entry and length) that starts at `at`, or undefined. */
function titleAt(norm: string, at: number, listed: readonly string[]): TitleHit | undefined {
  const best = longestTitleAt(norm, at, listed);
  if (!best) return undefined;
  // 需要说明的其他事项与附表 (wild 013) — two official titles joined into one heading
  const join = JOINED_TITLES.exec(norm.slice(at + best.length, at + best.length + 3));
  if (join) {
    const next = titleAt(norm, at + best.length + join[0].length, listed);
    return next ? { ...best, length: best.length + join[0].length + next.length } : undefined;
  }
  return TITLE_GOES_ON.test(norm.slice(at + best.length, at + best.length + 2)) ? undefined : best;
}

/** An official title standing bare at `at` where a heading can stand (not a list entry), or undefined. */
export function bareTitleAt(norm: string, at: number, listed: readonly string[] = []): BareTitle | undefined {
  const t = titleAt(norm, at, listed);
  if (!t) return undefined;
  const place = placeOf(norm, at, t.length);
  // 包括：概述；主动公开政府信息情况；… (wild 005's preamble) — an entry of a list of contents has no body
  if (!place || CONTENTS_ENTRY.test(norm.slice(at + t.length, at + t.length + 2))) return undefined;
  return { start: at, end: at + t.length, place, entry: t.entry, part: t.part };
}

/**
 * The bare official titles of a report in text order, when there is strong evidence that they are its top-level
 * headings; otherwise none. `listed` are the titles the preamble lists (本报告由概述、…组成).
 */
export function findBareTitles(norm: string, listed: readonly string[] = [], from = 0): BareTitle[] {
  const startsTitle = firstChars(listed);
  const found: BareTitle[] = [];
  const used = new Set<number>();
  let lastPart = 0;
  for (let i = from; i < norm.length; i++) {
    if (!startsTitle(norm.charCodeAt(i))) continue;
    const t = bareTitleAt(norm, i, listed);
    if (!t || used.has(t.entry)) continue;
    // the prescribed order: a part that comes back after a later one is prose (…存在的问题 … 主动公开政府信息情况)
    if (t.part && t.part < lastPart) continue;
    used.add(t.entry);
    if (t.part) lastPart = t.part;
    found.push(t);
    i = t.end - 1;
  }
  const parts = new Set(found.map((f) => f.part || f.entry));
  return parts.size >= MIN_BARE_TITLES ? found : [];
}

/**
 * The lost markers of a numbering that starts late: the bare official titles of parts 1…n-1, in that order, each where
 * a heading can stand, before `end` (where the numbered heading n、 stands) — `…邮箱：…。概述2016年，我局…。政府信息
 * 主动公开情况（一）…。三、依申请公开政府信息情况2016年，…` (wild 050, burned). All of them or none.
 */
export function lostLeadingTitles(norm: string, end: number, n: number, listed: readonly string[] = []): BareTitle[] {
  const startsTitle = firstChars(listed);
  const out: BareTitle[] = [];
  for (let i = 0; i < end && out.length < n - 1; i++) {
    if (!startsTitle(norm.charCodeAt(i))) continue;
    const t = bareTitleAt(norm, i, listed);
    if (!t || t.end > end || t.part !== out.length + 1) continue;
    out.push(t);
    i = t.end - 1;
  }
  return out.length === n - 1 ? out : [];
}
