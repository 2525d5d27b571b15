import type { Fact } from '../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../schema/indicators.js';
import { makeWarning, type Warning } from '../../schema/warnings.js';
import { CLAUSE_BREAK, PROSE_RULES, type ProseRule } from './proseRules.js';

export interface ProseIndicatorResult {
  indicators: Indicators;
  sources: IndicatorSource[];
  warnings: Warning[];
}

const CLAUSE_REACH = 60;

/** The clause around a figure: from the previous separator to the next one, at most CLAUSE_REACH characters each way. */
export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CLAUSE_REACH && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < CLAUSE_REACH && !CLAUSE_BREAK.test(text[to])) to++;
  return text.slice(from, to);
}

/** The whole sentence around a figure (for the cumulative/new-this-year pairing). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !/[。；;\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !/[。；;\n]/.test(text[to])) to++;
  return text.slice(from, to);
}

function ruleFor(fact: Fact, clause: string): ProseRule | undefined {
  const section = fact.sectionPath.join(' ');
  // The subject names what a negation denies (two zeros from one sentence about 复议 and 诉讼): try it first.
  const probes = fact.subject ? [fact.subject, clause] : [clause];
  for (const probe of probes) {
    const hit = PROSE_RULES.find(
      (r) =>
        r.kinds.includes(fact.kind) &&
        r.clause.test(probe) &&
        !(r.not && r.not.test(clause)) &&
        (!r.section || r.section.test(section) || r.section.test(clause)),
    );
    if (hit) return hit;
  }
  return undefined;
}

/** Sets `obj.a.b.c = value`, creating the objects on the way. */
export function setPath(obj: Record<string, unknown>, key: string, value: number): void {
  const parts = key.split('.');
  let node = obj;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * Prose-era indicators: each figure of the report is matched against PROSE_RULES by its clause, subject and section.
 * The first value for a key is kept; a later different value warns CONFLICTING_VALUES with both.
 */
export function proseIndicators(text: string, facts: Fact[]): ProseIndicatorResult {
  const indicators: Record<string, unknown> = {};
  const sources: IndicatorSource[] = [];
  const warnings: Warning[] = [];
  const byKey = new Map<string, IndicatorSource>();
  facts.forEach((fact, index) => {
    if (fact.source !== 'text' || typeof fact.value !== 'number') return;
    const clause = clauseAround(text, fact.span.start, fact.span.end);
    const rule = ruleFor(fact, clause);
    if (!rule) return;
    // 本年度新增N条 only counts as this year's total when the sentence also gives a cumulative figure or says 主动公开
    if (rule.id === 'proactive.newThisYear' && !/累计|主动公开/.test(sentenceAround(text, fact.span.start, fact.span.end))) return;
    const value = fact.value;
    const seen = byKey.get(rule.key);
    if (seen) {
      if (seen.value !== value) {
        warnings.push(
          makeWarning('CONFLICTING_VALUES', `${rule.key}: ${seen.value} (kept) vs ${value}`, {
            span: fact.span,
            data: { key: rule.key, kept: seen.value, keptSpan: seen.span, other: value, otherSpan: fact.span },
          }),
        );
      }
      return;
    }
    const source: IndicatorSource = {
      key: rule.key,
      value,
      facts: [index],
      quote: fact.quote,
      span: fact.span,
      how: 'prose',
      rule: rule.id,
    };
    byKey.set(rule.key, source);
    sources.push(source);
    setPath(indicators, rule.key, value);
  });
  if (sources.length) (indicators as Indicators).format = 'prose';
  return { indicators: indicators as Indicators, sources, warnings };
}
