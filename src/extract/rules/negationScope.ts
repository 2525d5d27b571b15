import type { Candidate } from '../types.js';
import { testsCharAt } from '../../input/chars.js';
import { execAll } from '../../input/execAll.js';

/**
 * What a negation governs: the clause after it (or before 均为零), and the things it denies in that clause, each
 * becoming a zero: “未收到…申请” → 0 件 of applications. A clause that denies two things
 * (“未收到有关政府信息公开行政复议、提起行政诉讼的申请”) gives two zeros with the same quote.
 */
export const DENIED_THINGS: ReadonlyArray<{
  subject: string; kind: 'count' | 'money'; unit: string; pattern: RegExp; example: string;
}> = [
  // 行政复议案, 行政复议申请 — not 行政复议纠错 (a result, not a case count)
  { subject: '行政复议', kind: 'count', unit: '件', pattern: /(?:行政)?复议(?!纠错|纠正|决定书)/g, example: '未收到有关政府信息公开行政复议申请' },
  { subject: '行政诉讼', kind: 'count', unit: '件', pattern: /(?:行政)?诉讼(?!败诉)/g, example: '未发生…的行政复议案、行政诉讼案' },
  { subject: '申诉', kind: 'count', unit: '件', pattern: /申诉/g, example: '行政诉讼案和有关的申诉案' },
  // the 2021 format's 其他需要报告的事项: no one held to account (no measure word written: unit left out)
  { subject: '追责问责', kind: 'count', unit: '', pattern: /被?追责问责|被追责|被问责/g, example: '无因政府信息公开工作被追责问责的情况' }, // wild 020 (burned)
];

/**
 * Answers to applications a clause may deny together with the applications themselves (the 2008 heading
 * 依申请公开信息和不予公开信息的情况, echoed by its answer): a zero each, only beside a zero for applications.
 */
export const DENIED_OUTCOMES: ReadonlyArray<{ subject: string; pattern: RegExp; example: string; counterExample: string }> = [
  {
    subject: '不予公开',
    pattern: /不予公开|免[予于]公开/g,
    example: '我局没有接到依申请公开信息和不予公开信息的情况', // wild 004 (burned)
    counterExample: '我局没有收到信息公开申请', // wild 001: applications only
  },
];

/** Applications: 申请 that is not 被申请 (being the respondent) and not 依申请 followed by 公开 in a case name. */
const APPLICATION = /(?<!被)申请|依申请公开(?:信息)?(?:要求|事项)/g;

// the clause a negation governs: up to the next , 。 ; ! ? or line break
const CLAUSE_END = /[,，。;；!！?？\n]|\.(?!\d)/; // a half-width . ends it too, unless a decimal follows
// the clause before 均为零 goes back to the previous sentence end (a list of things joined by 、 和 is one clause)
const CLAUSE_START = /[，。;；!！?？\n:：]|\.(?!\d)/;
export const CLAUSE_MAX = 50;
// a clause about results of cases (未发生…被行政复议纠错或行政诉讼败诉情形) states no count
const RESULT_WORDS = /纠错|败诉|纠正|责任追究/;
// a clause that states a number (未受理的申请3件) is not a zero
const STATES_A_NUMBER = /\d[ \t]*(?:件|条|次|个|项|份|起|元)/;

// a line of PDF text filled to the margin is at least this long; a break after it, between two words, is soft
const SOFT_LINE = 20;
const HEADING_NEXT = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\(|（|\d{1,2}[、.])/;

/** Whether the line break at `i` only wraps a sentence (未收到有关政府信息公开行政复\n议的申请): PDF text. */
function softBreak(scan: string, i: number): boolean {
  const lineStart = scan.lastIndexOf('\n', i - 1) + 1;
  return i - lineStart >= SOFT_LINE && /[一-龥]/.test(scan[i - 1] ?? '') && /[一-龥\d]/.test(scan[i + 1] ?? '') && !HEADING_NEXT.test(scan.slice(i + 1, i + 6));
}

/** The clause starting at `from`, up to the next clause end (at most CLAUSE_MAX characters); a soft line break stays inside. */
export function clauseAfter(scan: string, from: number): string {
  const rest = scan.slice(from, from + CLAUSE_MAX);
  let at = 0;
  for (;;) {
    const stop = rest.slice(at).search(CLAUSE_END);
    if (stop < 0) return rest;
    const i = at + stop;
    if (rest[i] !== '\n' || !softBreak(scan, from + i)) return rest.slice(0, i);
    at = i + 1;
  }
}

/** Where the clause ending at `to` starts: after the previous , 。 ; : or line break (at most CLAUSE_MAX back). */
export function clauseStartBefore(scan: string, to: number): number {
  let i = to;
  while (i > 0 && to - i < CLAUSE_MAX && !testsCharAt(CLAUSE_START, scan, i - 1)) i--;
  return i;
}

/** A zero stated in words, spanning [start, end). */
export function zero(
  kind: 'count' | 'money', subject: string, rule: string, start: number, end: number, unit = kind === 'money' ? '元' : '件',
): Candidate {
  // a thing counted with no measure word written (追责问责) has no unit (no spread: an object spread costs ~15× a key)
  const c: Candidate = { kind, value: 0, zeroBy: 'negation', subject, rule, start, end, numStart: start, numEnd: end };
  if (unit) c.unit = unit;
  return c;
}

/**
 * The denied things in `clause` (which starts at `clauseStart`): one zero each, all spanning `negStart` to the last
 * thing denied (with its 案/申请), or to `end` when given.
 */
export function zerosIn(lines: string, negStart: number, clauseStart: number, rule: string, end?: number): Candidate[] {
  // matched with its (soft) line breaks dropped; `pos` maps back into the clause as written
  const pos: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] !== '\n') pos.push(i);
  const clause = lines.replace(/\n/g, '');
  const back = (flatEnd: number) => (flatEnd === 0 ? 0 : pos[flatEnd - 1] + 1);
  if (RESULT_WORDS.test(clause) || STATES_A_NUMBER.test(clause)) return [];
  const hits: Array<{ subject: string; kind: 'count' | 'money'; unit: string; end: number }> = [];
  for (const t of DENIED_THINGS) {
    const m = execAll(t.pattern, clause).at(-1);
    if (m) hits.push({ subject: t.subject, kind: t.kind, unit: t.unit, end: m.index + m[0].length });
  }
  const apps = execAll(APPLICATION, clause);
  if (hits.length === 0 && apps.length > 0) {
    const last = apps.at(-1)!;
    hits.push({ subject: '政府信息公开申请', kind: 'count', unit: '件', end: last.index + last[0].length });
    for (const o of DENIED_OUTCOMES) {
      const m = execAll(o.pattern, clause).at(-1);
      if (m) hits.push({ subject: o.subject, kind: 'count', unit: '件', end: m.index + m[0].length });
    }
  }
  if (hits.length === 0) return [];
  // the quote runs to the last thing denied, with its 案/申请 (…行政诉讼的申请, …申诉案, …案件)
  let last = Math.max(...hits.map((h) => h.end));
  const tail = /^的?(?:申请|案件|案)/.exec(clause.slice(last));
  if (tail) last += tail[0].length;
  const to = end ?? clauseStart + back(last);
  return hits.map((h) => zero(h.kind, h.subject, rule, negStart, to, h.unit));
}
