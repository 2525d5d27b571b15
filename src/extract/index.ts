/**
 * The fact extraction stage (DESIGN §1 extract/), in the chrono-node style: one small rule file per kind of figure
 * (`rules/count.ts`, `percent.ts`, `money.ts`, `date.ts`, `negation.ts`), data tables beside them (`measureWords.ts`,
 * `approx.ts`, `nonMeasurements.ts`), one `refine` step that settles overlaps and drops non-measurements, and
 * `subject.ts` for what a figure counts. A new phrasing is a new table entry or a new small rule.
 *
 * Readings decided here:
 * - money is in yuan (22.38万元 → 223800, unit 元); counts with 万 are multiplied out too (近 45.9 万人 → 459000 人,
 *   536 万 → 5360000 with no unit); the written form stays in `quote`.
 * - dates are ISO; a date without a year is ISO 8601's truncated form (截至12月 → `--12`, 截至12月14日 → `--12-14`);
 *   a redacted year (20**年5月1日) gives no date at all: the year is unknown and is never filled in.
 * - a zero stated in words is a fact with `zeroBy: 'negation'`; a sentence denying two things gives two facts with
 *   the same quote, told apart by `subject` (行政复议 / 行政诉讼).
 * - a Chinese-numeral 一 (一项重要工作) is an article, never a count.
 */
import type { Fact, Section } from '../schema/report.js';
import type { Warning } from '../schema/warnings.js';
import { sectionPathAt } from '../segment/index.js';
import { charTable, isNumeralChar, scanNumbers } from './numerals.js';
import { refine } from './refine.js';
import { countRule } from './rules/count.js';
import { countOneRule } from './rules/countOne.js';
import { labelledCountRule } from './rules/labelledCount.js';
import { dateRule } from './rules/date.js';
import { moneyRule } from './rules/money.js';
import { negationRule } from './rules/negation.js';
import { percentRule } from './rules/percent.js';
import { findSubjects, isShareOfPrevious, type SubjectQuery } from './subject.js';
import { getTokenizer, type TokenizerName } from './tokenizer.js';
import type { Candidate, Rule, ScanInput } from './types.js';

export { getTokenizer, tokenizerAvailable, type Tokenizer, type TokenizerName } from './tokenizer.js';
export { parseChineseNumeral, parseNumeral } from './numerals.js';

export interface ExtractOptions {
  tokenizer?: TokenizerName;
}

/** Every rule, one per kind of figure (chrono-node's parser list); `refine` settles overlaps between them. */
export const RULES: readonly Rule[] = [countRule, countOneRule, labelledCountRule, percentRule, moneyRule, dateRule, negationRule];

// the characters any rule reads the offsets of (ScanInput.marks), marked in the walk that finds the numbers
const MARKS = RULES.map((r) => r.marks ?? '').join('');
if ([...MARKS].some(isNumeralChar)) throw new Error('a rule marks a numeral character');
const MARKED = charTable(MARKS);

/** `norm` with every full-width `，` put back: in Chinese text `3，500` is a list, not three thousand five hundred. */
function scanText(text: string, norm: string): string {
  // pieces joined once: one flat string (a chain of += is a rope that every later scan has to flatten first)
  const pieces: string[] = [];
  let from = 0;
  for (let i = text.indexOf('，'); i >= 0; i = text.indexOf('，', i + 1)) {
    pieces.push(norm.slice(from, i));
    from = i + 1;
  }
  if (from === 0) return norm;
  pieces.push(norm.slice(from));
  return pieces.join('，');
}

/** Every measurement in one report's text, in text order, each with quote, span, section path, subject and rule. */
export function extractFacts(
  text: string,
  norm: string,
  sections: Section[],
  options: ExtractOptions = {},
): { facts: Fact[]; warnings: Warning[] } {
  const tokenizer = getTokenizer(options.tokenizer);
  const scan = scanText(text, norm);
  const { numbers, marks } = scanNumbers(scan, MARKED);
  const input: ScanInput = { text, scan, numbers, marks };
  const found: Candidate[] = [];
  for (const r of RULES) for (const c of r.extract(input)) found.push(c);
  const candidates = refine(found, input);
  // the figures whose subject is looked for (not dates, not zeros that name theirs), each with the previous figure's end
  const queries: SubjectQuery[] = [];
  const asked: number[] = [];
  let floor = 0;
  candidates.forEach((c, i) => {
    if (c.subject === undefined && c.kind !== 'date' && c.kind !== 'dateRange') {
      asked[i] = queries.length;
      queries.push({ start: c.start, end: c.end, floor });
    }
    if (!c.zeroBy) floor = c.end;
  });
  const subjects = findSubjects(text, queries, tokenizer);
  const facts: Fact[] = [];
  floor = 0;
  let previous: Fact | undefined;
  for (const [i, c] of candidates.entries()) {
    let subject = asked[i] === undefined ? c.subject : subjects[asked[i]];
    // 208 件（17.46%）: the share takes the subject of the figure it follows
    if (!subject && c.kind === 'percent' && previous?.kind === 'count' && isShareOfPrevious(text.slice(floor, c.start))) {
      subject = previous.subject;
    }
    if (!c.zeroBy) floor = c.end;
    // built key by key (optional keys only when set), in the schema's order: object spreads cost ~15× this in V8
    const fact = { kind: c.kind, value: c.value } as Fact;
    if (c.unit !== undefined) fact.unit = c.unit;
    if (c.approx) fact.approx = c.approx;
    if (c.zeroBy) fact.zeroBy = c.zeroBy;
    if (subject) fact.subject = subject;
    fact.quote = text.slice(c.start, c.end);
    fact.span = { start: c.start, end: c.end };
    fact.sectionPath = sectionPathAt(sections, c.start);
    fact.rule = c.rule;
    fact.source = 'text';
    facts.push(fact);
    if (!c.zeroBy) previous = facts.at(-1);
  }
  return { facts, warnings: [] };
}
