import type { Fact } from '../../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../../schema/indicators.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { CLAUSE_BREAK, PROSE_RULES, type ProseRule } from './proseRules.js';
import { backWalker, CLAUSE_REACH, ITEM_STOP, LIST_STOP, SENTENCE_STOP, SHARED_STOP, walkBack, walkForward } from './clauseWalk.js';
import { statRowOf } from '../tables/statTable.js';
import { keyParts } from '../templates/index.js';
import { execAll } from '../../../input/execAll.js';
import { firstCharMasks } from './firstChars.js';

export interface ProseIndicatorResult {
  indicators: Indicators;
  sources: IndicatorSource[];
  warnings: Warning[];
}

// 机构职能类信息117条 / 工作动态类36条 / 民政扶贫救灾社会保障就业类信息22条 — a category of published information;
// not a count of classes (下放了55类93项行政许可…，下沉54类92项…, wild 050, burned: 类 after a number)
const CATEGORY_LABEL = /(?<![\d〇一二三四五六七八九十百])类(?:政府)?信息$|(?<![\d〇一二三四五六七八九十百])类$/;
const CATEGORY_SECTION = /主动公开|公开情况|信息情况|公开内容|公开的?数量/;
const CATEGORY_UNITS = new Set(['条', '件', '项', '篇']);
// 其中 / 包括 / 公开类别主要涉及 (wild 016) — the words that open a list, not part of its first label
const LIST_LEAD = /^(?:其中|包括|分别为|分别是|主要有|[^，,：:]{0,8}?涉及)[，,：:]?\s*/;
const LINE_BREAKS_IN_LABEL = /[ \t]*\r?\n[ \t]*/g;
// 机构职能类信息共45条 (wild 023, burned) — 共 between a label and its figure is not part of the label
const LABEL_LINK = /\s*(?:共计|共)$/;
// 全文电子化的主动公开信息数共86条 (wild 023, burned), standing first in a list of categories: the 统计表's row names
// (…信息数) and the electronic full-text count say how many, not of which kind — no category
const NOT_A_CATEGORY = /信息数$|全文电子化/;

/** Sets `obj.a.b.c = value`, creating the objects on the way. */
export function setPath(obj: Record<string, unknown>, key: string, value: number): void {
  const parts = keyParts(key);
  let node = obj;
  for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

/** A figure's claim on an indicator key; `index` points into the fact list the candidates were made from. */
export interface ProseCandidate {
  key: string;
  rule: string;
  /** 0 = the figure's section says it (or the rule needs no section); 1 = only its clause does. */
  tier: number;
  index: number;
}

interface KindRules {
  /** The rules that read this kind of figure, in table order. */
  rules: ProseRule[];
  /** Each rule's bit in CLAUSE_STARTS (0: its clause's first characters are not known, it is always tried). */
  bits: number[];
  /** Matches where any of their `clause` patterns matches: a probe it misses matches no rule (two in three do). */
  anyClause: RegExp;
}

// the characters each rule's clause can begin with: a probe holding none of a rule's is not run against its clause
const CLAUSE_STARTS = firstCharMasks(PROSE_RULES.map((r) => r.clause));
const START_READ_MAX = 40;

// the rules that read each kind of figure (a figure of a kind no rule reads needs no clause)
const RULES_BY_KIND = new Map<Fact['kind'], KindRules>();
function rulesFor(kind: Fact['kind']): KindRules {
  let entry = RULES_BY_KIND.get(kind);
  if (!entry) {
    const rules = PROSE_RULES.filter((r) => r.kinds.includes(kind));
    const bits = rules.map((r) => CLAUSE_STARTS.bits[PROSE_RULES.indexOf(r)]);
    RULES_BY_KIND.set(kind, (entry = { rules, bits, anyClause: anyOf(rules.map((r) => r.clause)) }));
  }
  return entry;
}

/** One pattern that matches where any of `patterns` (flagless, without back-references) matches. */
export function anyOf(patterns: RegExp[]): RegExp {
  for (const p of patterns) if (p.flags !== '' || /\\[1-9k]/.test(p.source)) throw new Error(`anyOf: ${p} has flags or back-references`);
  return new RegExp(patterns.length ? patterns.map((p) => `(?:${p.source})`).join('|') : '(?!)');
}

/** `s` without its line breaks (soft breaks inside a clause: 部\n分公开 reads as 部分公开). */
function unbroken(s: string): string {
  return s.includes('\n') ? s.replace(/\n/g, '') : s;
}

function ruleFor(text: string, fact: Fact, byStart: boolean): { rule: ProseRule; tier: number } | undefined {
  const { rules, bits, anyClause } = rulesFor(fact.kind);
  if (rules.length === 0) return undefined;
  // the clause around the figure (as `clauseAround`) and its part before the figure, from one walk back
  const from = walkBack(text, fact.span.start, CLAUSE_BREAK, CLAUSE_REACH);
  const clause = unbroken(text.slice(from, walkForward(text, fact.span.end, CLAUSE_BREAK, CLAUSE_REACH)));
  let before: string | undefined;
  let section: string | undefined;
  // The subject names what a negation denies (two zeros from one sentence about 复议 and 诉讼): try it first.
  const probes = fact.subject ? [fact.subject, clause] : [clause];
  for (const probe of probes) {
    if (!anyClause.test(probe)) continue;
    // (a long probe holds most first characters: reading it would cost more than the tests it saves)
    const starts = byStart && probe.length <= START_READ_MAX ? CLAUSE_STARTS.maskOf(probe) : -1;
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k];
      if ((bits[k] !== 0 && (starts & bits[k]) === 0) || !rule.clause.test(probe)) continue;
      if (rule.units && fact.kind === 'count' && !rule.units.includes(fact.unit ?? '')) continue;
      if (rule.not && rule.not.test(clause)) continue;
      if (rule.before && !fact.zeroBy && !rule.before.test((before ??= unbroken(text.slice(from, fact.span.start))))) continue;
      if (!rule.section) return { rule, tier: 0 };
      if (rule.section.test((section ??= fact.sectionPath.join(' ')))) return { rule, tier: 0 };
      if (rule.section.test(clause)) return { rule, tier: 1 };
    }
  }
  return undefined;
}

/** How far back from its figure a category's label reaches. */
const LABEL_REACH = 30;

/** A count a category list may hold: a figure of the text in 条 件 项 篇, not a zero by negation. */
function mayBeCategory(fact: Fact): boolean {
  return fact.source === 'text' && fact.kind === 'count' && !fact.zeroBy && CATEGORY_UNITS.has(fact.unit ?? '');
}

/**
 * Whether two of the facts may be categories: a label ends in 类 (类信息, 类政府信息) and lies within LABEL_REACH
 * characters before its figure, and a list needs two labels. Most reports have no 类 there: no sentence is walked.
 */
function twoLabelsPossible(text: string, facts: Fact[]): boolean {
  let n = 0;
  for (const fact of facts) {
    if (!mayBeCategory(fact)) continue;
    const start = fact.span.start;
    for (let i = Math.max(0, start - LABEL_REACH); i < start; i++) {
      if (text.charCodeAt(i) === 0x7c7b /* 类 */) {
        if (++n === 2) return true;
        break;
      }
    }
  }
  return false;
}

/** Category breakdowns of proactive publication: a sentence listing two or more `…类信息N条`. */
export function categoryCandidates(text: string, facts: Fact[]): ProseCandidate[] {
  return twoLabelsPossible(text, facts) ? readCategories(text, facts) : [];
}

/** `categoryCandidates` the long way: every sentence with a count in 条 件 项 篇 read for its labels. */
export function readCategories(text: string, facts: Fact[]): ProseCandidate[] {
  const bySentence = new Map<number, Array<{ index: number; label: string }>>();
  const sentenceStart = backWalker(text, SENTENCE_STOP, 400);
  let previousEnd = -1;
  facts.forEach((fact, index) => {
    if (!mayBeCategory(fact)) return;
    const afterPrevious = previousEnd;
    previousEnd = fact.span.end;
    const sentence = sentenceStart(fact.span.start);
    // the section names proactive publication, or the sentence does: 我局主动公开的173条，其中公示公告类46条… under
    // （六）抓好政府信息公开条例的贯彻落实 (wild 014)
    const named = CATEGORY_SECTION.test(fact.sectionPath.join(' ')) || /主动公开/.test(text.slice(sentence, fact.span.start));
    if (fact.sectionPath.length && !named) return;
    let from = walkBack(text, fact.span.start, ITEM_STOP, LABEL_REACH);
    // 公示公告类46条、部门文件类33条、政策解读类1条 (wild 014, 016) — a 、 right after the previous figure ends its item
    // (a 、 inside a label stays: 政策、规范性文件类信息221条, wild 059)
    if (afterPrevious > from && afterPrevious < fact.span.start && /^\s*、/.test(text.slice(afterPrevious, fact.span.start))) {
      from = text.indexOf('、', afterPrevious) + 1;
    }
    // (PDF text breaks lines inside a label: 政策、\n规范性文件类信息4条, 行政许\n可类信息8条 — wild 023, 029 wrapped: the key
    // is the label read joined)
    const label = text.slice(from, fact.span.start).replace(LINE_BREAKS_IN_LABEL, '').trim().replace(LIST_LEAD, '').replace(LABEL_LINK, '');
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), { index, label }]);
  });
  const out: ProseCandidate[] = [];
  for (const items of bySentence.values()) {
    if (items.filter((i) => CATEGORY_LABEL.test(i.label)).length < 2) continue;
    for (const { index, label } of items) {
      // 我局共主动公开当年生成的各类信息47条 (wild 026) is the total before the list, not a category
      if (label.length < 2 || label.length > 24 || /累计|总数|共计|合计|^共|^我|各类|主动公开政府信息$|公开的?$|\d/.test(label) || NOT_A_CATEGORY.test(label)) continue;
      out.push({ key: `proactive.categories.${label.replace(/类(?:政府)?信息$/, '类')}`, rule: 'proactive.category', tier: 0, index });
    }
  }
  return out;
}

// outcomes a single zero may deny together: 我局同意公开、部分公开和免予公开的信息:0条 (seed 篇4)
const OUTCOMES: Array<[RegExp, string]> = [
  [/^(?:同意|予以|全部)公开$/, 'applications.granted.total'],
  [/^部分公开$/, 'applications.partiallyGranted.total'],
  [/^(?:不予|免予|否决)公开$/, 'applications.denied.total.total'],
];
const OUTCOME_WORD = /(?:同意|予以|全部|部分|不予|免予|否决)公开/g;

/** A zero stated once for a list of outcomes (同意公开、部分公开和免予公开…:0条) is a zero for each of them. */
function listedOutcomeCandidates(text: string, facts: Fact[]): ProseCandidate[] {
  const out: ProseCandidate[] = [];
  facts.forEach((fact, index) => {
    if (fact.source !== 'text' || fact.kind !== 'count' || fact.value !== 0 || fact.zeroBy) return;
    const window = text.slice(walkBack(text, fact.span.start, LIST_STOP, 80), fact.span.start);
    const words = execAll(OUTCOME_WORD, window);
    if (words.length < 2) return;
    // the words must form one list (joined by 、 和 及 与), and the zero must follow it closely
    const joined = words.every((w, i) => i === 0 || /^[、和及与]$/.test(window.slice(words[i - 1].index! + words[i - 1][0].length, w.index!)));
    const last = words[words.length - 1];
    if (!joined || window.length - (last.index! + last[0].length) > 12) return;
    for (const w of words) {
      const key = OUTCOMES.find(([re]) => re.test(w[0]))?.[1];
      if (key) out.push({ key, rule: 'applications.listedOutcomes', tier: 0, index });
    }
  });
  return out;
}

// the rules that take a figure only when it is the one figure of its sentence they read
const SINGLE_RULES = new Set(PROSE_RULES.filter((r) => r.single).map((r) => r.id));

/** Removes the candidates of a `single` rule whose sentence gives it two or more different figures. */
function dropShared(text: string, facts: Fact[], out: ProseCandidate[]): void {
  const singles = SINGLE_RULES;
  // (no candidate of such a rule: nothing to group, no sentence walked)
  if (!out.some((c) => singles.has(c.rule))) return;
  const bySentence = new Map<string, number[]>();
  const sentenceStart = backWalker(text, SHARED_STOP, 400);
  out.forEach((c, k) => {
    if (!singles.has(c.rule)) return;
    const at = sentenceStart(facts[c.index].span.start);
    const group = `${c.rule}@${at}`;
    bySentence.set(group, [...(bySentence.get(group) ?? []), k]);
  });
  const drop = new Set([...bySentence.values()].filter((ks) => new Set(ks.map((k) => out[k].index)).size > 1).flat());
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(k)) out.splice(k, 1);
}

/** The keys the prose figures claim, by tier then fact order; `byStart` false: every rule tried on every probe (tests). */
export function proseCandidates(text: string, facts: Fact[], byStart = true): ProseCandidate[] {
  const out: ProseCandidate[] = [];
  facts.forEach((fact, index) => {
    if (typeof fact.value !== 'number' || fact.source === 'table') return;
    const hit = ruleFor(text, fact, byStart);
    if (hit) out.push({ key: hit.rule.key, rule: hit.rule.id, tier: hit.tier, index });
  });
  dropShared(text, facts, out);
  out.push(...categoryCandidates(text, facts), ...listedOutcomeCandidates(text, facts));
  return out.sort(byStanding);
}

/** The keys the 统计表 cells (rule `statTable.*`) fill. */
export function statCandidates(facts: Fact[]): ProseCandidate[] {
  const out: ProseCandidate[] = [];
  facts.forEach((fact, index) => {
    if (typeof fact.value !== 'number' || fact.source !== 'table' || !fact.rule.startsWith('statTable.')) return;
    const row = statRowOf(fact.subject);
    const key = fact.rule === 'statTable.thisYear' ? row?.key : fact.rule === 'statTable.cumulative' ? row?.cumulativeKey : undefined;
    if (key) out.push({ key, rule: fact.rule, tier: 0, index });
  });
  return out;
}

/** Tier first, then the figure's place in the fact list (stable: one figure's candidates keep their order). */
export const byStanding = (a: ProseCandidate, b: ProseCandidate): number => a.tier - b.tier || a.index - b.index;

/**
 * Prose-era indicators: each figure is matched against PROSE_RULES by its subject, clause and section, plus category
 * lists and the 统计表. The first value for a key is kept (figures in the section that names the indicator first);
 * a later different value of the same standing warns CONFLICTING_VALUES (or PROSE_TABLE_MISMATCH) with both.
 */
export function proseIndicators(text: string, facts: Fact[]): ProseIndicatorResult {
  return settleProse([...proseCandidates(text, facts), ...statCandidates(facts)].sort(byStanding), facts);
}

/**
 * The indicators of candidates already in standing order (`byStanding`), each index into `facts`. `tree` false: the
 * indicators hold only their format (for a caller that builds its own tree from the sources, as `indicatorsOf` does).
 */
export function settleProse(candidates: ProseCandidate[], facts: Fact[], tree = true): ProseIndicatorResult {
  const indicators: Record<string, unknown> = {};
  const sources: IndicatorSource[] = [];
  const warnings: Warning[] = [];
  const byKey = new Map<string, { source: IndicatorSource; tier: number }>();
  for (const c of candidates) {
    const fact = facts[c.index];
    const value = fact.value as number;
    const how = fact.source === 'table' ? 'table' : 'prose';
    const seen = byKey.get(c.key);
    if (seen) {
      if (seen.source.value !== value && seen.tier === c.tier && !seen.source.facts.includes(c.index)) {
        const code = seen.source.how === how ? 'CONFLICTING_VALUES' : 'PROSE_TABLE_MISMATCH';
        warnings.push(
          makeWarning(code, `${c.key}: ${seen.source.value} (kept) vs ${value}`, {
            span: fact.span,
            data: { key: c.key, kept: seen.source.value, keptSpan: seen.source.span, other: value, otherSpan: fact.span },
          }),
        );
      }
      continue;
    }
    const source: IndicatorSource = { key: c.key, value, facts: [c.index], quote: fact.quote, span: fact.span, how, rule: c.rule };
    if (fact.approx) source.approx = fact.approx;
    byKey.set(c.key, { source, tier: c.tier });
    sources.push(source);
    if (tree) setPath(indicators, c.key, value);
  }
  if (sources.length) (indicators as Indicators).format = 'prose';
  return { indicators: indicators as Indicators, sources: sources.sort((a, b) => a.span.start - b.span.start), warnings };
}
