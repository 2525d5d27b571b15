import type { Section } from '../schema/report.js';
import { isSpace } from '../input/chars.js';
import { MARKER_KINDS, NOT_A_MARKER, TABLE_ROW_LABELS, markerMatches, markerOrdinal, type MarkerFamily } from './markers.js';
import { endsLikeTitle, titleAfter, type TitleExtent } from './headingTitle.js';
import { keepsNumberAt, nextPartOne, officialTitleAt, partsWithWords, readPreamble } from './officialTitles.js';
import { MIN_BARE_TITLES, bareTitleAt, findBareTitles, lostLeadingTitles, type BareTitle } from './bareTitles.js';

/** Where a marker stands: alone at a line start, after a sentence end or a gap, or glued to the previous word. */
type Context = 'line' | 'stop' | 'glued';

interface Candidate {
  /** 'bare': an official top-level title whose marker was lost (bareTitles.ts). */
  family: MarkerFamily | 'bare';
  /** A bare title standing for a lost marker of this family: the numbering goes on after it (概述 … 三、). */
  stands?: MarkerFamily;
  rank: number;
  ordinal: number;
  start: number;
  markerEnd: number;
  context: Context;
}

interface Accepted extends Candidate {
  title: TitleExtent;
  depth: number;
}

// 。！？；：) ” 」 — a heading may follow these directly in crawled text: …工作。二、主动公开政府信息情况
const STOP_BEFORE = /[。！？!?;:)\]”"」』>】]/;

// 情况 / 措施 / 事项 / 概述 / 统计表 at the end of a short title: enough to take a 一、 glued to the text before it
const STRONG_TITLE = /^[^,]{2,38}(?:情况|措施|事项|概述|统计表)$/;

function contextAt(norm: string, start: number): Context {
  let i = start - 1;
  while (i >= 0 && (norm[i] === ' ' || norm[i] === '\t')) i--;
  if (i < 0 || norm[i] === '\n' || norm[i] === '\r') return 'line';
  if (i < start - 1) return 'stop';
  // a half-width full stop ends a sentence too (pages stored with ASCII punctuation: …工作.二、…), unless it follows
  // a digit (2.5, a list marker 1.)
  if (norm[i] === '.' && i > 0 && !/\d/.test(norm[i - 1])) return 'stop';
  return STOP_BEFORE.test(norm[i]) ? 'stop' : 'glued';
}

const RANK = Object.fromEntries(MARKER_KINDS.map((k) => [k.family, k.rank])) as Record<MarkerFamily, number>;
// the look-alikes that apply to each family
const NOT_A_MARKER_BY_FAMILY = Object.fromEntries(
  MARKER_KINDS.map((k) => [k.family, NOT_A_MARKER.filter((r) => r.family.includes(k.family))]),
) as Record<MarkerFamily, typeof NOT_A_MARKER>;

/** Every marker that could open a heading, with the look-alikes of NOT_A_MARKER left out. */
function scanCandidates(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { index: start, marker, family } of markerMatches(norm)) {
    const markerEnd = start + marker.length;
    const ordinal = markerOrdinal(family, marker);
    if (ordinal < 1) continue;
    const before = norm.slice(Math.max(0, start - 4), start);
    const after = norm.slice(markerEnd, markerEnd + 6);
    const fake = NOT_A_MARKER_BY_FAMILY[family].some((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)));
    if (fake) continue;
    const context = contextAt(norm, start);
    const rank = RANK[family];
    out.push({ family, rank, ordinal, start, markerEnd, context });
  }
  return out;
}

/**
 * Keeps the candidates that continue a numbering (二、 after 一、, （三） after （二）), nesting them by marker rank.
 * A numbering that restarts at 1 under the same parent (the 表三 rows 一、本年新收 … 四、结转下年度) is not taken.
 */
function acceptByContinuity(norm: string, cands: Candidate[], listed: readonly string[]): Accepted[] {
  const accepted: Accepted[] = [];
  const stack: Accepted[] = [];
  let restart: { family: MarkerFamily; depth: number; last: number } | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.family === 'bare') {
      // a lost 一、: the official title is the whole heading and opens a new top-level part
      const a: Accepted = { ...c, title: { start: c.start, end: c.markerEnd, shaped: true, official: true }, depth: 0 };
      stack.length = 0;
      stack.push(a);
      accepted.push(a);
      restart = undefined;
      continue;
    }
    let depth = stack.length;
    while (depth > 0 && stack[depth - 1].rank >= c.rank) depth--;
    const sibling = stack[depth] && (stack[depth].family === c.family || stack[depth].stands === c.family) ? stack[depth] : undefined;
    const expected = sibling ? sibling.ordinal + 1 : 1;
    const inRestart = restart !== undefined && restart.family === c.family && restart.depth === depth;
    if (inRestart && c.ordinal !== restart!.last + 1) restart = undefined;
    // 四、…改进情况 … 七、附表 (wild 023, burned): the closing attachment keeps its template number, parts before it left out
    const keepsNumber =
      sibling !== undefined && depth === 0 && c.family === 'cn' && c.context !== 'glued' && c.ordinal > expected + 1 &&
      c.ordinal <= CLOSING_MAX && keepsNumberAt(norm, c.markerEnd);
    // cheap test first: only the next number, the one after it, or a restart at 1 can be taken
    if (c.ordinal !== 1 && c.ordinal !== expected && c.ordinal !== expected + 1 && !inRestart && !keepsNumber) continue;
    const limit = i + 1 < cands.length ? cands[i + 1].start : norm.length;
    const title = titleAfter(norm, c.markerEnd, limit, listed);
    const titleText = norm.slice(title.start, title.end);
    // 六、其他\n需要报告的事项 (PDF text): the title read joined, or its first line looks like the 表三 row 3.其他
    if (title.end <= title.start || TABLE_ROW_LABELS.test(titleText.includes('\n') ? titleText.replace(/\s*\n\s*/g, '') : titleText)) continue;
    if (c.context !== 'line' && !title.shaped) continue;
    // …政府集中采购13575394432.52元三、收到和处理政府信息公开申请情况 — glued to a table cell, but a whole heading;
    // …透明度。　二、工作中存在的不足 (wild 010) — an official title is a heading wherever it stands
    if (c.context === 'glued' && c.family === 'cn' && !title.official && !STRONG_TITLE.test(titleText)) continue;
    // （二）工作制度方面1、明确年度工作重点 — a glued 1. only right after a heading's title; elsewhere it is prose
    if (c.context === 'glued' && c.family === 'arabic' && accepted.at(-1)?.title.end !== c.start) continue;
    // A numbering restarted under the same parent (a table's rows 一、二、) goes on until it stops; a heading that
    // also continues the outer numbering and ends like a title (三、存在的主要问题) returns to it.
    if (restart && restart.family === c.family && restart.depth === depth) {
      if (!(c.ordinal === expected && endsLikeTitle(titleText))) {
        restart.last++;
        continue;
      }
      restart = undefined;
    }
    const strong = c.context === 'line' && title.shaped;
    let fresh = sibling;
    if (sibling && c.ordinal === 1 && sibling.ordinal >= 2) {
      // 本报告包括：一、总体情况；二、主动公开政府信息情况；… — a table of contents: the numbering starts again
      // below it, and the list, whose items have no body, was not the report's headings
      if (!dropContentsList(norm, accepted, stack, depth, c)) {
        restart = { family: c.family, depth, last: 1 };
        continue;
      }
      fresh = undefined;
    }
    const expectedNow = fresh ? expected : 1;
    // One heading may be lost (a PDF extraction drops 五、; a crawl cuts the opening 一、) when the next stands alone.
    // …so does one after a sentence end whose title is official (…（三）…。二、主动公开政府信息情况, its 一、 lost)
    const skipsOne = (strong || title.official === true) && c.ordinal === expectedNow + 1 && c.context !== 'glued';
    const ok = c.ordinal === expectedNow || skipsOne || (keepsNumber && fresh !== undefined);
    if (!ok) continue;
    const a: Accepted = { family: c.family, rank: c.rank, ordinal: c.ordinal, start: c.start, markerEnd: c.markerEnd, context: c.context, title, depth };
    stack.length = depth;
    stack.push(a);
    accepted.push(a);
  }
  return accepted;
}

/** The highest number a closing attachment may keep (the 2008 template has seven parts, some reports eight). */
const CLOSING_MAX = 8;

/** Most characters a list item may carry besides punctuation and still be an entry of a table of contents. */
const CONTENTS_BODY = 2;

/**
 * When the run of `c`'s family at `depth` has only empty bodies (一、总体情况；二、…；), it was a list of contents:
 * it is removed from `accepted` and `stack`, and true is returned.
 */
function dropContentsList(norm: string, accepted: Accepted[], stack: Accepted[], depth: number, c: Candidate): boolean {
  let first = accepted.length;
  while (first > 0 && accepted[first - 1].depth >= depth) first--;
  const run = accepted.slice(first);
  if (run.length < 2 || run.some((a) => a.depth !== depth || a.family !== c.family)) return false;
  for (let k = 0; k < run.length; k++) {
    const end = k + 1 < run.length ? run[k + 1].start : c.start;
    if (norm.slice(run[k].title.end, end).replace(/[\s,.;:。，；：、!?！？]/g, '').length > CONTENTS_BODY) return false;
  }
  accepted.length = first;
  stack.length = depth;
  return true;
}

/**
 * The accepted headings, with top-level titles whose markers were lost added when the report has no 一、 heading
 * and its bare official titles are strong evidence (bareTitles.ts).
 */
function acceptHeadings(norm: string): Accepted[] {
  const listed = readPreamble(norm)?.parts ?? [];
  const cands = scanCandidates(norm);
  const accepted = acceptByContinuity(norm, cands, listed);
  if (accepted.some((a) => a.rank === 0)) return withLostFirst(norm, accepted, listed);
  // lost titles hold their parts' words (OfficialTitle.words): a late numbering needs those of parts 1 and 2 at least,
  // bare titles those of MIN_BARE_TITLES parts (titles the preamble lists count apart)
  const wordParts = listed.length ? Infinity : partsWithWords(norm, MIN_BARE_TITLES);
  const late = wordParts >= 2 ? lateNumbering(norm, cands, listed) : [];
  const bare = late.length ? late : wordParts >= MIN_BARE_TITLES ? findBareTitles(norm, listed) : [];
  if (!bare.length) return accepted;
  const inside = (c: Candidate) => bare.some((b) => c.start >= b.start && c.start < b.end);
  const merged: Candidate[] = [
    ...cands.filter((c) => !inside(c)),
    ...bare.map((b, k) => ({
      family: 'bare' as const, rank: 0, ordinal: k + 1, start: b.start, markerEnd: b.end, context: 'line' as const,
      ...(late.length ? { stands: 'cn' as const } : {}),
    })),
  ].sort((x, y) => x.start - y.start);
  return acceptByContinuity(norm, merged, listed);
}

/** Latest number a top-level numbering may start at once its first parts lost their markers. */
const LATE_START_MAX = 4;

/**
 * A top-level numbering that starts at 三、 or 四、 (not glued, an official title after it) with the official titles of
 * every part before it standing bare, in order (lostLeadingTitles): those titles are its lost 一、 二、 (wild 050,
 * burned). Else none.
 */
function lateNumbering(norm: string, cands: Candidate[], listed: readonly string[]): BareTitle[] {
  const first = cands.find((c) => c.family === 'cn' && c.context !== 'glued' && officialTitleAt(norm, c.markerEnd, listed) > 0);
  if (!first || first.ordinal < 3 || first.ordinal > LATE_START_MAX) return [];
  return lostLeadingTitles(norm, first.start, first.ordinal, listed);
}

/**
 * A report whose top-level numbering starts at 二、 with the first part's official title standing bare before it
 * (`…联系。概述 2011年，我办…（一）… 二、主动公开政府信息情况`): that title is the lost 一、, and what stands between
 * it and 二、 is its body.
 */
function withLostFirst(norm: string, accepted: Accepted[], listed: readonly string[]): Accepted[] {
  const first = accepted.findIndex((a) => a.rank === 0);
  if (accepted[first].family !== 'cn' || accepted[first].ordinal !== 2) return accepted;
  let bare: BareTitle | undefined;
  // only a part-1 title is looked for: where no part-1 pattern matches, no title found there can be part 1
  for (let i = nextPartOne(norm, 0); i >= 0 && i < accepted[first].start && !bare; i = nextPartOne(norm, i + 1)) {
    const b = bareTitleAt(norm, i, listed);
    if (b && b.part === 1 && b.end <= accepted[first].start) bare = b;
  }
  if (!bare) return accepted;
  const at = accepted.findIndex((a) => a.start >= bare!.end);
  const head: Accepted = {
    family: 'bare', rank: 0, ordinal: 1, start: bare.start, markerEnd: bare.end, context: 'line', depth: 0,
    title: { start: bare.start, end: bare.end, shaped: true, official: true },
  };
  // headings before the title stay (depthsByRank puts them below it); one overlapping the title is dropped; those
  // between the title and 二、 are its body, one level down
  const before = accepted.slice(0, at).filter((a) => a.start + 1 <= bare!.start);
  const body = accepted.slice(at, first).map((a) => ({ ...a, depth: a.depth + 1 }));
  return [...before, head, ...body, ...accepted.slice(first)];
}

/**
 * Levels come from marker rank over the whole document: when it has top-level headings (一、 or bare official
 * titles), a （一） before the first of them sits below a lost 一、 (level 2), not at the top.
 */
function depthsByRank(accepted: Accepted[]): void {
  const firstTop = accepted.findIndex((a) => a.rank === 0);
  for (let i = 0; i < firstTop; i++) accepted[i].depth++;
}

/** Finds the numbered section tree of one report's text (`norm` is its same-length matching copy). */
export function findSections(text: string, norm: string = text): Section[] {
  const accepted = acceptHeadings(norm);
  depthsByRank(accepted);
  const roots: Section[] = [];
  const open: Section[] = [];
  accepted.forEach((a, i) => {
    let end = text.length;
    for (let j = i + 1; j < accepted.length; j++) {
      if (accepted[j].depth <= a.depth) {
        end = accepted[j].start;
        break;
      }
    }
    const heading = text.slice(a.start, a.title.end);
    const section: Section = {
      marker: a.family === 'bare' ? '' : text.slice(a.start, a.markerEnd),
      level: a.depth + 1,
      ordinal: a.ordinal,
      title: titleLine(text.slice(a.title.start, a.title.end)),
      heading,
      span: { start: a.start, end: trimEnd(text, a.start, end) },
      headingSpan: { start: a.start, end: a.title.end },
      children: [],
    };
    open.length = a.depth;
    // a heading below a lost parent (（一） before a lost 一、) stands among the roots with its own level
    (open[a.depth - 1]?.children ?? roots).push(section);
    open[a.depth] = section;
  });
  return roots;
}

/** A title read over lines as one line, trimmed (the join only where a line break stands). */
function titleLine(title: string): string {
  return (title.includes('\n') ? title.replace(/\s*\n\s*/g, '') : title).trim();
}

/** The end of a section's body without the blank lines before the next heading. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
