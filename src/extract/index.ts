import type { Fact, Section } from '../schema/report.js';
import type { Warning } from '../schema/warnings.js';
import { sectionPathAt } from '../segment/sections.js';
import { getTokenizer, type TokenizerName } from './tokenizer.js';

export { getTokenizer, tokenizerAvailable, type Tokenizer, type TokenizerName } from './tokenizer.js';

export interface ExtractOptions {
  tokenizer?: TokenizerName;
}

// 42条, 475次 — first version: Arabic digits followed by a measure word
const COUNT = /(\d+)(条|件|次|项|人次|个|份)/g;

/** Every measurement in one report's text, in text order, each with quote, span and section path. */
export function extractFacts(
  text: string,
  norm: string,
  sections: Section[],
  options: ExtractOptions = {},
): { facts: Fact[]; warnings: Warning[] } {
  getTokenizer(options.tokenizer);
  const facts: Fact[] = [];
  for (const m of norm.matchAll(COUNT)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    facts.push({
      kind: 'count',
      value: Number(m[1]),
      unit: m[2],
      quote: text.slice(span.start, span.end),
      span,
      sectionPath: sectionPathAt(sections, span.start),
      rule: 'count.measureWord',
      source: 'text',
    });
  }
  return { facts, warnings: [] };
}
