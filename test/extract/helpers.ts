import { extractFacts } from '../../src/extract/index.js';
import { normalizeForMatching } from '../../src/input/index.js';
import type { Fact } from '../../src/schema/report.js';

/** The facts of one sentence, as the pipeline would read them (no sections). */
export function factsOf(text: string, tokenizer?: 'jieba' | 'nodejieba'): Fact[] {
  return extractFacts(text, normalizeForMatching(text), [], { tokenizer }).facts;
}

/** The one fact of a sentence, failing when there is not exactly one. */
export function oneFact(text: string): Fact {
  const facts = factsOf(text);
  if (facts.length !== 1) throw new Error(`expected one fact in «${text}», got ${JSON.stringify(facts.map((f) => f.quote))}`);
  return facts[0];
}
